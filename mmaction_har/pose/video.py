"""Extract the main person's COCO-17 keypoints from one video.

Frames are decoded with decord, optionally downscaled by the decoder
(``max_side``: faster decoding and detection on 1080p recordings); the
keypoints are always returned in pixels of the original frame size.
"""
import os.path as osp
import time

import numpy as np

from ..errors import HarError
from .tracking import MainPersonTracker


def open_video(path, max_side=None):
    """Open ``path`` with decord, downscaled so its longer side <= max_side.

    Returns:
        tuple: ``(reader, original (H, W), decoded (H, W))``.

    Raises:
        HarError: The file is missing, empty or cannot be decoded.
    """
    import decord
    if not osp.isfile(path):
        raise HarError(f'video not found: {path}')
    if osp.getsize(path) == 0:
        raise HarError(f'video {path} is empty (0 bytes)')
    try:
        reader = decord.VideoReader(path, num_threads=1)
        if len(reader) == 0:
            raise HarError(f'video {path} has no frames')
        original = reader.next().shape[:2]
        decoded = original
        if max_side and max(original) > max_side:
            ratio = max_side / max(original)
            # Even sizes: the decoder's scaler wants them.
            decoded = tuple(max(2, int(round(s * ratio / 2)) * 2)
                            for s in original)
            reader = decord.VideoReader(path, num_threads=1,
                                        width=decoded[1], height=decoded[0])
        else:
            reader.seek(0)
    except (decord.DECORDError, RuntimeError) as err:
        # decord raises RuntimeError (not always DECORDError) on bad files.
        raise HarError(f'cannot decode video {path}: '
                       f'{str(err).splitlines()[0]}') from err
    return reader, tuple(original), tuple(decoded)


def iter_frames(reader, path):
    """Yield the decoded (H, W, 3) uint8 RGB frames in order."""
    import decord
    total = len(reader)
    for index in range(total):
        try:
            frame = reader.next()
        except StopIteration:
            raise HarError(f'video {path} ended after {index} of the '
                           f'{total} frames its header announces') from None
        except (decord.DECORDError, RuntimeError) as err:
            raise HarError(f'video {path}: decoding frame {index} of {total} '
                           f'failed: {str(err).splitlines()[0]}') from err
        yield frame.asnumpy()


def extract_video(path, backend, max_side=None, tracker_options=None):
    """Keypoints of the main person in every frame of ``path``.

    Args:
        path (str): Video file.
        backend (PoseBackend): Built pose backend.
        max_side (int, optional): Decode downscaled to this longer side.
        tracker_options (dict, optional): :class:`MainPersonTracker` args.

    Returns:
        tuple: ``(pose, stats)``. ``pose`` has ``keypoint`` (1, T, 17, 2)
        float32 in original pixels (0 where no person), ``keypoint_score``
        (1, T, 17) float32, ``img_shape`` and ``original_shape`` (H, W) and
        ``total_frames`` T. ``stats`` has ``frames``, ``tracked``, ``lost``,
        ``restarts``, ``recovered``, ``detection_rate`` (tracked / frames) and
        ``seconds``.
    """
    start = time.perf_counter()
    reader, original, decoded = open_video(path, max_side)
    tracker = MainPersonTracker(decoded, **(tracker_options or {}))
    backend.start_video(decoded)
    keypoints, scores = [], []
    for frame in iter_frames(reader, path):
        people = backend.detect(frame, tracker.box)
        person = tracker.step(
            people, search=lambda box, frame=frame: backend.search(frame, box))
        if person is None:
            keypoints.append(np.zeros((17, 2), np.float32))
            scores.append(np.zeros(17, np.float32))
        else:
            keypoints.append(person.keypoints)
            scores.append(person.scores)
    scale = np.array([original[1] / decoded[1], original[0] / decoded[0]],
                     np.float32)
    pose = dict(keypoint=(np.stack(keypoints) * scale)[None],
                keypoint_score=np.stack(scores)[None],
                img_shape=original, original_shape=original,
                total_frames=len(keypoints))
    stats = dict(vars(tracker.stats),
                 detection_rate=tracker.stats.detection_rate,
                 seconds=time.perf_counter() - start)
    return pose, stats
