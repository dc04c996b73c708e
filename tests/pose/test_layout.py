"""BlazePose-33 -> COCO-17: indices, names and left/right on real video."""
import numpy as np

from mmaction_har.pose.keypoints import COCO17
from mmaction_har.pose.layout import (BLAZEPOSE33, BLAZEPOSE_TO_COCO17,
                                      COCO17_LEFT, COCO17_RIGHT,
                                      blazepose_to_coco17)


def test_mapping_indices_match_mediapipe_enum():
    import mediapipe as mp
    enum = mp.solutions.pose.PoseLandmark
    assert len(BLAZEPOSE33) == len(enum) == 33
    assert all(enum[name.upper()] == i for i, name in enumerate(BLAZEPOSE33))
    # The mapping documented in ../shared/data/README.md.
    assert BLAZEPOSE_TO_COCO17.tolist() == [0, 2, 5, 7, 8, 11, 12, 13, 14, 15,
                                            16, 23, 24, 25, 26, 27, 28]
    assert [BLAZEPOSE33[i] for i in BLAZEPOSE_TO_COCO17] == list(COCO17)


def test_left_right_pairs():
    assert COCO17_LEFT == [1, 3, 5, 7, 9, 11, 13, 15]
    assert COCO17_RIGHT == [2, 4, 6, 8, 10, 12, 14, 16]
    points = np.arange(33 * 2, dtype=np.float32).reshape(33, 2)
    coco = blazepose_to_coco17(points[None])
    assert coco.shape == (1, 17, 2)
    left_wrist = COCO17.index('left_wrist')
    assert coco[0, left_wrist].tolist() == points[15].tolist()


def test_left_is_the_persons_left_on_real_video(ntu_poses):
    """The drink-water subject faces the camera: their left shoulder, hip
    and eye appear to the right of their right ones in the image."""
    (pose, _), = [v for k, v in ntu_poses.items() if 'drink_water' in k]
    kp, score = pose['keypoint'][0], pose['keypoint_score'][0]
    for name in ('shoulder', 'hip', 'eye'):
        left, right = COCO17.index(f'left_{name}'), COCO17.index(
            f'right_{name}')
        seen = (score[:, left] > 0.5) & (score[:, right] > 0.5)
        assert seen.mean() > 0.9
        assert (kp[seen, left, 0] > kp[seen, right, 0]).mean() > 0.95, name
