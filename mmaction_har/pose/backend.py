"""The interface every pose backend implements, and how backends are built.

A backend turns one RGB frame into person candidates in COCO-17 pixel
coordinates (:class:`~.person.Person`); choosing the main person among them
is the tracker's job. Backends are built inside each worker process (models
are not shared between processes), from a name and keyword options that
must be plain values, because they also go into the cache key.

Backends live in :data:`mmaction_har.registry.POSE_BACKENDS`, which imports
their modules itself: this module never imports an implementation.
"""
import json

from ..errors import HarError
from ..registry import POSE_BACKENDS


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


def register_backend(cls):
    """Class decorator: register a backend in :data:`POSE_BACKENDS` under
    its :attr:`~PoseBackend.name` (the name users pass, also in the cache
    key). Add the backend's module to the registry's ``locations``."""
    return POSE_BACKENDS.register_module(name=cls.name, module=cls)


def backend_names():
    """Names of the registered backends, sorted (``mediapipe``, ``mmpose``).

    Imports the registry's ``locations`` (not the backends' libraries).
    """
    POSE_BACKENDS.import_from_location()
    return sorted(POSE_BACKENDS.module_dict)


def build_backend(name, **options):
    """Build a registered backend by name.

    Raises:
        HarError: Unknown name, or the backend's requirements are missing.
    """
    names = backend_names()
    if name not in names:
        raise HarError(f'unknown pose backend {name!r}: expected one of '
                       f'{names}')
    return POSE_BACKENDS.build(dict(type=name, **options))
