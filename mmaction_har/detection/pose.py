"""Skeleton models on videos: per-frame poses gathered into window clips.

The detector takes any per-frame pose callable ``pose_fn(frame) -> dict``
with ``keypoints`` (M, V, 2) pixel coordinates and ``keypoint_scores``
(M, V), M >= 0 persons (the per-frame format of MMAction2's
``inference_skeleton``). :class:`BackendPoseFn` builds one from the project's
pose backends (:mod:`mmaction_har.pose`).
"""
import numpy as np

from ..errors import HarError


def pose_clip(poses, length, img_shape):
    """An MMAction2 pose dict for a window from the poses of some frames.

    Args:
        poses (dict[int, dict]): Pose of frame ``offset`` (relative to the
            window start) for the frames the sampler reads.
        length (int): Frames in the window (``total_frames``).
        img_shape (tuple): (height, width) of the video frames.

    Returns:
        dict: ``keypoint`` (M, length, V, 2) float32 and ``keypoint_score``
        (M, length, V); frames without a pose and missing persons are zero,
        as MMAction2's ``inference_skeleton`` pads them.
    """
    found = [p for p in poses.values() if len(p['keypoints'])]
    if found:
        num_joints = np.asarray(found[0]['keypoints']).shape[1]
        persons = max(len(p['keypoints']) for p in found)
    else:
        num_joints, persons = 17, 1
    keypoint = np.zeros((persons, length, num_joints, 2), np.float32)
    score = np.zeros((persons, length, num_joints), np.float32)
    for offset, pose in poses.items():
        kp = np.asarray(pose['keypoints'], np.float32)
        if not len(kp):
            continue
        if kp.shape[1:] != (num_joints, 2):
            raise HarError(f'pose of frame {offset} has keypoints of shape '
                           f'{kp.shape}; expected (persons, {num_joints}, 2)')
        keypoint[:len(kp), offset] = kp
        score[:len(kp), offset] = np.asarray(pose['keypoint_scores'])
    return dict(keypoint=keypoint, keypoint_score=score,
                total_frames=length, img_shape=tuple(img_shape),
                original_shape=tuple(img_shape))


class BackendPoseFn:
    """A per-frame pose callable from a :mod:`mmaction_har.pose` backend.

    Keeps the main person with the package's ``MainPersonTracker`` (one
    person, COCO-17); frames come in decoding order, only those the windows
    read. The detector calls :meth:`start_video` before each video.

    Args:
        backend (str): Backend name (``mediapipe``, ``mmpose``).
        **options: Backend options.
    """

    def __init__(self, backend='mediapipe', **options):
        try:
            from ..pose.backend import build_backend
            from ..pose.tracking import MainPersonTracker
        except ImportError as err:
            raise HarError('on-the-fly pose extraction needs '
                           f'mmaction_har.pose ({err})') from err
        self.backend = build_backend(backend, **options)
        self._tracker_cls = MainPersonTracker
        self.tracker = None

    def start_video(self, img_shape):
        self.backend.start_video(img_shape)
        self.tracker = self._tracker_cls(img_shape)

    def __call__(self, frame):
        if self.tracker is None:
            self.start_video(frame.shape[:2])
        people = self.backend.detect(frame, self.tracker.box)
        person = self.tracker.step(
            people, search=lambda box: self.backend.search(frame, box))
        if person is None:
            return dict(keypoints=np.zeros((0, 17, 2), np.float32),
                        keypoint_scores=np.zeros((0, 17), np.float32))
        return dict(keypoints=person.keypoints[None],
                    keypoint_scores=person.scores[None])

    def close(self):
        self.backend.close()
