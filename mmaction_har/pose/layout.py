"""BlazePose-33 landmarks and their mapping to MMPose/PoseC3D COCO-17.

MediaPipe BlazePose predicts 33 landmarks (``mp.solutions.pose.PoseLandmark``
order, listed in :data:`BLAZEPOSE33`). COCO-17 is the subset nose, eyes,
ears, shoulders, elbows, wrists, hips, knees, ankles: each COCO-17 joint is
the BlazePose landmark of the same name, so the index map follows from the
two name lists (BlazePose's ``left_eye`` is the eye centre; the inner/outer
eye corners, mouth, hands and feet are dropped). "Left" is the person's
left in both layouts.
"""
import numpy as np

from .keypoints import COCO17

BLAZEPOSE33 = (
    'nose', 'left_eye_inner', 'left_eye', 'left_eye_outer',
    'right_eye_inner', 'right_eye', 'right_eye_outer', 'left_ear',
    'right_ear', 'mouth_left', 'mouth_right', 'left_shoulder',
    'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist',
    'right_wrist', 'left_pinky', 'right_pinky', 'left_index', 'right_index',
    'left_thumb', 'right_thumb', 'left_hip', 'right_hip', 'left_knee',
    'right_knee', 'left_ankle', 'right_ankle', 'left_heel', 'right_heel',
    'left_foot_index', 'right_foot_index')

#: Index into the 33 BlazePose landmarks for each COCO-17 joint:
#: ``[0, 2, 5, 7, 8, 11, 12, 13, 14, 15, 16, 23, 24, 25, 26, 27, 28]``.
BLAZEPOSE_TO_COCO17 = np.array([BLAZEPOSE33.index(n) for n in COCO17])

#: COCO-17 indices of left joints and of their right counterparts (for
#: MMAction2's ``Flip`` / ``GeneratePoseTarget`` ``left_kp``/``right_kp``).
COCO17_LEFT = [i for i, n in enumerate(COCO17) if n.startswith('left_')]
COCO17_RIGHT = [COCO17.index('right_' + COCO17[i][5:]) for i in COCO17_LEFT]


def blazepose_to_coco17(points):
    """Pick the COCO-17 joints from BlazePose landmarks.

    Args:
        points (np.ndarray): (..., 33, C) landmarks.

    Returns:
        np.ndarray: (..., 17, C), in COCO-17 order.
    """
    if points.shape[-2] != len(BLAZEPOSE33):
        raise ValueError(f'expected 33 BlazePose landmarks on axis -2, got '
                         f'shape {points.shape}')
    return points[..., BLAZEPOSE_TO_COCO17, :]
