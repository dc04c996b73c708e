"""Real extraction on the NTU clips: detection rate and keypoint placement.

"Inside the person" is checked against an independent estimate of where the
person is: MediaPipe's selfie segmentation (a separate network, trained for
person/background masks, sharing nothing with BlazePose). On every 10th
frame, the confident keypoints (score >= 0.5) must lie on the person mask
dilated by 4 px at 960x540 (about 3% of the subjects' height: wrists and
ankles sit on the silhouette's edge). The mask covers a small part of the
frame, and the same keypoints moved sideways by 150 px must mostly miss it,
so the check cannot pass by chance.
"""
import numpy as np
import pytest

from tests.pose.conftest import NTU_MAX_SIDE


def person_masks(clip, frame_ids, size):
    import decord
    import mediapipe as mp
    reader = decord.VideoReader(clip, width=size[1], height=size[0])
    with mp.solutions.selfie_segmentation.SelfieSegmentation(
            model_selection=0) as seg:
        return [seg.process(reader[t].asnumpy()).segmentation_mask > 0.5
                for t in frame_ids]


def fraction_inside(mask, points, radius=4):
    import cv2
    kernel = np.ones((2 * radius + 1, 2 * radius + 1), np.uint8)
    grown = cv2.dilate(mask.astype(np.uint8), kernel) > 0
    h, w = mask.shape
    xy = np.round(points).astype(int)
    inside = (xy[:, 0] >= 0) & (xy[:, 0] < w) & (xy[:, 1] >= 0) & \
        (xy[:, 1] < h)
    inside[inside] = grown[xy[inside, 1], xy[inside, 0]]
    return inside.mean()


def test_output_format(ntu_poses):
    for clip, (pose, stats) in ntu_poses.items():
        total = pose['total_frames']
        assert pose['keypoint'].shape == (1, total, 17, 2)
        assert pose['keypoint'].dtype == np.float32
        assert pose['keypoint_score'].shape == (1, total, 17)
        assert pose['keypoint_score'].dtype == np.float32
        assert pose['img_shape'] == pose['original_shape'] == (1080, 1920)
        assert stats['frames'] == total > 50
        # Keypoints are in original 1080p pixels, not the 960x540 decode.
        assert pose['keypoint'][..., 0].max() > 960


def test_person_detected_in_95_percent_of_frames(ntu_poses):
    for clip, (pose, stats) in ntu_poses.items():
        detected = (pose['keypoint_score'][0] > 0).any(axis=1).mean()
        assert detected == pytest.approx(stats['detection_rate'])
        assert detected >= 0.95, clip
        assert stats['restarts'] == 0, clip


@pytest.mark.parametrize('which', ['drink_water', 'hug'])
def test_keypoints_land_inside_the_person(ntu_poses, which):
    (clip, (pose, _)), = [kv for kv in ntu_poses.items() if which in kv[0]]
    scale = NTU_MAX_SIDE / 1920
    size = (540, 960)
    frame_ids = list(range(0, pose['total_frames'], 10))
    masks = person_masks(clip, frame_ids, size)
    hits, shifted = [], []
    for t, mask in zip(frame_ids, masks):
        assert mask.mean() < 0.15  # the person is a small part of the frame
        good = pose['keypoint_score'][0, t] >= 0.5
        assert good.sum() >= 12
        points = pose['keypoint'][0, t, good] * scale
        hits.append(fraction_inside(mask, points))
        shifted.append(fraction_inside(mask, points + [150, 0]))
    assert min(hits) >= 0.75 and np.mean(hits) >= 0.9, hits
    assert np.mean(shifted) < 0.3, shifted


def test_main_person_is_followed_continuously_in_the_hug(ntu_poses):
    """Two people hug: the track must stay on one of them (no jumps)."""
    from mmaction_har.pose.person import (box_centre, box_diagonal,
                                          keypoint_box)
    (pose, _), = [v for k, v in ntu_poses.items() if 'hug' in k]
    kp, score = pose['keypoint'][0], pose['keypoint_score'][0]
    boxes = [keypoint_box(k, s) for k, s in zip(kp, score)]
    for prev, box in zip(boxes, boxes[1:]):
        jump = np.linalg.norm(box_centre(box) - box_centre(prev))
        assert jump < 0.25 * box_diagonal(prev)


def test_mediapipe_search_finds_the_person_in_a_crop(ntu_poses):
    """``search`` (BlazePose on a crop around the last box) maps the crop's
    keypoints back into the frame; an empty region gives nobody."""
    import decord

    from mmaction_har.pose import build_backend
    from mmaction_har.pose.person import box_iou, keypoint_box
    (clip, (pose, _)), = [kv for kv in ntu_poses.items()
                          if 'drink_water' in kv[0]]
    frame = decord.VideoReader(clip, width=960, height=540)[30].asnumpy()
    scale = NTU_MAX_SIDE / 1920
    box = keypoint_box(pose['keypoint'][0, 30] * scale,
                       pose['keypoint_score'][0, 30])
    backend = build_backend('mediapipe')
    try:
        found = backend.search(frame, box)
        assert len(found) == 1
        assert box_iou(found[0].box, box) > 0.6
        empty = np.array([20, 300, 120, 500], np.float32)  # floor, left
        assert backend.search(frame, empty) == []
    finally:
        backend.close()
