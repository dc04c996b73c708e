"""MainPersonTracker on synthetic detections with known identities, and
on real OpenPose people (the child importer's source)."""
import os.path as osp

import numpy as np
import pytest

from mmaction_har.importers.child.sources import read_json_clip
from mmaction_har.pose.person import (Person, box_centre, box_diagonal,
                                      box_iou, scale_box)
from mmaction_har.pose.tracking import MainPersonTracker, track_arrays

IMG = (480, 640)


def person(x1, y1, x2, y2, score=0.9):
    """A person whose 17 keypoints span the box (corners included)."""
    xs = np.linspace(x1, x2, 17)
    ys = np.linspace(y1, y2, 17)
    return Person(np.stack([xs, ys], axis=1), np.full(17, score))


def walkers(num_frames):
    """A (large, walks right) and B (smaller, walks left) crossing paths."""
    for t in range(num_frames):
        a = person(150 + 8 * t, 100, 270 + 8 * t, 400)
        b = person(500 - 10 * t, 150, 580 - 10 * t, 350)
        yield a, b


def test_follows_the_main_person_whatever_the_order():
    tracker = MainPersonTracker(IMG)
    for t, (a, b) in enumerate(walkers(30)):
        # Detector order flips every frame; the people cross mid-clip.
        candidates = [a, b] if t % 2 else [b, a]
        assert tracker.step(candidates) is a, t
    assert tracker.stats.tracked == 30
    assert tracker.stats.restarts == tracker.stats.lost == 0


def test_start_prefers_large_then_central():
    tracker = MainPersonTracker(IMG)
    small = person(300, 200, 340, 280)
    large = person(0, 0, 200, 400)
    assert tracker.step([small, large]) is large
    tracker = MainPersonTracker(IMG)
    central = person(270, 140, 370, 340)
    corner = person(0, 0, 100, 200)
    assert tracker.step([corner, central]) is central


def test_a_jump_to_another_person_is_lost_not_followed():
    """A single-person detector switching to B gives lost frames, then A
    is taken again when it reappears (no restart)."""
    tracker = MainPersonTracker(IMG, max_lost=5)
    frames = list(walkers(12))
    picked = []
    for t, (a, b) in enumerate(frames):
        only = [b] if 4 <= t < 7 else [a]  # the detector sees B for 3 frames
        picked.append(tracker.step(only))
    assert [p is None for p in picked] == [4 <= t < 7 for t in range(12)]
    assert all(picked[t] is frames[t][0] for t in (0, 3, 7, 11))
    assert tracker.stats.lost == 3 and tracker.stats.restarts == 0


def test_search_recovers_the_main_person():
    tracker = MainPersonTracker(IMG)
    frames = list(walkers(6))
    asked = []

    def search(box):
        asked.append(box)
        return [frames[t][0]]  # a crop around ``box`` finds A again

    for t, (a, b) in enumerate(frames):
        assert tracker.step([b] if t == 3 else [a], search=search) is a
    assert len(asked) == 1
    assert box_iou(asked[0], frames[2][0].box) == pytest.approx(1.0)
    assert tracker.stats.recovered == 1 and tracker.stats.lost == 0


def test_restart_after_max_lost_frames():
    tracker = MainPersonTracker(IMG, max_lost=3)
    a = person(100, 100, 200, 400)
    b = person(450, 100, 550, 400)
    assert tracker.step([a]) is a
    for _ in range(3):  # A left; B is not a continuation of A
        assert tracker.step([b]) is None
    assert tracker.box is not None
    assert tracker.step([b]) is None  # 4th lost frame > max_lost: forget A
    assert tracker.box is None
    assert tracker.step([b]) is b
    assert tracker.stats.restarts == 1
    assert tracker.stats.detection_rate == pytest.approx(2 / 6)


def test_scale_box_clips_to_the_image():
    box = scale_box(np.array([600, 400, 640, 480]), 2.0, IMG)
    assert box.tolist() == [580, 360, 640, 480]


def openpose_person(cx, cy, size, conf=0.9, joints=25):
    """(V, 3) ``x, y, c`` of a person spanning a size x size box."""
    xs = cx + np.linspace(-size / 2, size / 2, joints)
    ys = cy + np.linspace(size / 2, -size / 2, joints)
    return np.stack([xs, ys, np.full(joints, conf)], axis=1).astype(
        np.float32)


def test_reacquire_takes_the_largest_when_the_main_person_is_gone():
    """The child importer's rule (OpenPose lists everybody)."""
    empty = np.zeros((0, 25, 3), np.float32)
    frames = [np.stack([openpose_person(50, 50, 20),
                        openpose_person(200, 100, 80)]),
              np.stack([openpose_person(205, 102, 80),
                        openpose_person(52, 50, 20)]),
              empty,
              # a bigger person appears far away: the tracked one stays
              np.stack([openpose_person(400, 100, 120),
                        openpose_person(50, 50, 20),
                        openpose_person(210, 104, 80)]),
              # the tracked person is gone: re-acquire the largest
              np.stack([openpose_person(400, 100, 120),
                        openpose_person(50, 50, 20)])]
    main, picked, stats = track_arrays(frames, max_lost=None,
                                       reacquire=True)
    assert picked.tolist() == [1, 0, -1, 2, 0]
    assert stats.restarts == 1 and stats.lost == 1
    assert main[2].sum() == 0 and main.shape == (5, 25, 3)
    assert np.array_equal(main[4], frames[4][0])
    # Without ``reacquire`` the last frame is lost instead.
    _, picked, stats = track_arrays(frames, max_lost=None)
    assert picked.tolist() == [1, 0, -1, 2, -1]
    assert stats.restarts == 0 and stats.lost == 2


def test_array_candidates_need_two_confident_keypoints():
    ghost = openpose_person(300, 300, 400, conf=0.05)  # huge, unconfident
    ghost[:1, 2] = 0.9
    frames = [np.stack([ghost, openpose_person(100, 100, 40)])]
    _, picked, _ = track_arrays(frames, score_thr=0.1)
    assert picked.tolist() == [1]


def array_box(person, thr=0.1):
    xy = person[person[:, 2] > thr, :2]
    return np.concatenate([xy.min(axis=0), xy.max(axis=0)])


def test_real_openpose_people(shared_data):
    """100 frames of real OpenPose BODY_25 output, 9-12 people per frame
    in an order that changes from frame to frame: the main person is kept
    in every frame with small moves, whichever rule applies."""
    folder = osp.join(shared_data, 'openpose_body25', 'json')
    frames = read_json_clip(folder, 'badminton', 'c', 'a').frames
    main, picked, stats = track_arrays(frames, max_lost=None,
                                       reacquire=True)
    assert stats.tracked == len(frames) == 100 and stats.restarts == 0
    assert len(set(picked.tolist())) > 1  # OpenPose's order is unstable
    boxes = [array_box(p) for p in main]
    moves = [np.linalg.norm(box_centre(b) - box_centre(a)) /
             box_diagonal(a) for a, b in zip(boxes, boxes[1:])]
    assert max(moves) < 0.5
    _, same, _ = track_arrays(frames, img_shape=(720, 1280))
    assert same.tolist() == picked.tolist()
