"""The interface every pose backend implements, and the backend registry.

A backend turns one RGB frame into person candidates in COCO-17 pixel
coordinates (:class:`~.person.Person`); choosing the main person among them
is the tracker's job. Backends are built inside each worker process (models
are not shared between processes), from a name and keyword options that
must be plain values, because they also go into the cache key.
"""
import json

from ..errors import HarError


class PoseBackend:
    """Base class of the pose backends.

    Subclasses set :attr:`name`, call ``super().__init__(**options)`` with
    every option that changes their output, and implement :meth:`detect`.
    """

    name = None

    def __init__(self, **options):
        self.options = options

    def start_video(self, img_shape):
        """Forget everything about the previous video (temporal state)."""

    def detect(self, frame, track_box=None):
        """People in one frame.

        Args:
            frame (np.ndarray): (H, W, 3) uint8 RGB.
            track_box (np.ndarray, optional): The main person's last box in
                original pixels, for backends that crop around it.

        Returns:
            list[Person]: Candidates, keypoints in ``frame`` pixels.
        """
        raise NotImplementedError

    def search(self, frame, box):
        """Look again near ``box`` when no candidate continued the track.

        Single-person backends override it; the default finds nothing.
        """
        return []

    def close(self):
        """Release models and native resources."""

    def cache_token(self):
        """What identifies this backend's output, as a JSON string."""
        return json.dumps({'backend': self.name, **self.options},
                          sort_keys=True, default=str)


BACKENDS = {}


def register_backend(cls):
    """Class decorator: make a backend available by its ``name``."""
    BACKENDS[cls.name] = cls
    return cls


def build_backend(name, **options):
    """Build a backend by name (``mediapipe`` or ``mmpose``).

    Raises:
        HarError: Unknown name, or the backend's requirements are missing.
    """
    from . import mediapipe_backend, mmpose_backend  # noqa: F401 (register)
    if name not in BACKENDS:
        raise HarError(f'unknown pose backend {name!r}: expected one of '
                       f'{sorted(BACKENDS)}')
    return BACKENDS[name](**options)
