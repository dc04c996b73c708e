"""The three mask methods against known masks, and the demo's true mask."""
import cv2
import numpy as np
import pytest

from mmaction_har.background import (SegmentationMasker, finish_masks,
                                     pose_scores, static_scores)
from mmaction_har.demo.person_masks import mask_iou
from mmaction_har.errors import HarError

from .conftest import fixed_camera_video


def test_true_mask_is_where_the_figure_was_drawn(demo_clip):
    clip, truth = demo_clip
    assert truth.shape == clip.frames.shape[:3] and truth.any()
    diff = np.abs(clip.frames.astype(int) - clip.background).max(-1)
    # Outside the figure (plus its anti-aliased rim) only sensor noise.
    rim = np.stack([cv2.dilate(m.astype(np.uint8), np.ones((5, 5)))
                    for m in truth]).astype(bool)
    sigma = clip.meta['noise_sigma']
    assert np.percentile(diff[~rim], 99.9) <= 5 * sigma + 2
    # On the figure the colours differ from the background (clothes keep
    # their distance from the background colours).
    assert (diff[truth] > 20).mean() > 0.8


def test_seg_selfie_iou(demo_clip):
    clip, truth = demo_clip
    masker = SegmentationMasker('selfie')
    masker.start_video()
    scores = masker.scores(clip.frames)
    masker.close()
    assert scores.shape == truth.shape and scores.dtype == np.float32
    assert 0 <= scores.min() and scores.max() <= 1
    assert mask_iou(scores > 0.5, truth) > 0.8


def test_pose_keypoint_mask_iou(demo_clip):
    clip, truth = demo_clip
    size = clip.frames.shape[1]
    scores = pose_scores(clip.keypoint[None], clip.keypoint_score[None],
                         (size, size), (size, size))
    assert scores.shape == truth.shape
    assert mask_iou(scores > 0.5, truth) > 0.75
    # Half-size masks: the same figure, scaled.
    small = pose_scores(clip.keypoint[None], None, (size, size),
                        (size // 2, size // 2))
    up = cv2.resize(small[0], (size, size), interpolation=cv2.INTER_NEAREST)
    assert mask_iou(up > 0.5, scores[0] > 0.5) > 0.8


def test_pose_scores_ignores_low_scores_and_checks_shapes(demo_clip):
    clip, _ = demo_clip
    size = clip.frames.shape[1]
    none = pose_scores(clip.keypoint[None], np.zeros((1,) + clip.keypoint
                                                     .shape[:2]),
                       (size, size), (size, size))
    assert not none.any()
    with pytest.raises(HarError, match=r'\(M, T, 17, 2\|3\)'):
        pose_scores(clip.keypoint, None, (size, size), (size, size))


@pytest.mark.parametrize('model,min_iou', [('median', 0.85), ('mog2', 0.7)])
def test_static_iou(model, min_iou):
    frames, truth = fixed_camera_video()
    scores = static_scores(frames, model)
    assert scores.shape == truth.shape
    assert mask_iou(scores > 0.5, truth) > min_iou


def test_smoothing_votes_away_flicker_and_dilation_grows():
    scores = np.zeros((5, 20, 20), np.float32)
    scores[:, 5:15, 5:15] = 1
    scores[2] = 0                      # the person lost for one frame
    scores[2, 0, 0] = 1                # and a one-frame speck
    raw = finish_masks(scores)
    smooth = finish_masks(scores, smooth=3)
    assert not raw[2, 5:15, 5:15].any() and smooth[2, 5:15, 5:15].all()
    assert not smooth[2, 0, 0]
    grown = finish_masks(scores, dilate_px=4, scale=0.5)  # 2 mask pixels
    assert grown[0].sum() > raw[0].sum()
    assert grown[0, 3, 10] and not grown[0, 2, 10]
