"""FastGeneratePoseTarget against MMAction2's GeneratePoseTarget (<= 1e-5)."""
import copy
import os.path as osp
import pickle

import numpy as np
import pytest
from mmaction.datasets.transforms import GeneratePoseTarget
from mmaction.registry import TRANSFORMS
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.datasets.transforms import FastGeneratePoseTarget
from mmaction_har.testing.pose_samples import (PENN_HEATMAP, PENN_LEFT,
                                               PENN_RIGHT, hard_keypoints,
                                               penn_annotations,
                                               run_transforms)

TOL = 1e-5
COCO = dict(left_kp=(1, 3, 5, 7, 9, 11, 13, 15),
            right_kp=(2, 4, 6, 8, 10, 12, 14, 16))
GEOMETRY = [
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 64)),
    dict(type='RandomResizedCrop', area_range=(0.56, 1.0)),
    dict(type='Resize', scale=(56, 56), keep_ratio=False),
    dict(type='Flip', flip_ratio=0.5, left_kp=PENN_LEFT, right_kp=PENN_RIGHT),
]
# Keypoints, limbs, both (upstream: limbs share the first channels), the
# flipped copy of each, other sigma / scaling, scores ignored.
SETTINGS = {
    'kp': dict(),
    'limb': dict(with_kp=False, with_limb=True),
    'kp+limb': dict(with_limb=True),
    'kp double': dict(double=True),
    'limb double': dict(with_kp=False, with_limb=True, double=True),
    'kp+limb double': dict(with_limb=True, double=True),
    'sigma 1.3, scaling 0.7': dict(sigma=1.3, scaling=0.7, with_limb=True),
    'no scores': dict(use_score=False, with_limb=True),
}


def _check(results, **kwargs):
    ref = GeneratePoseTarget(**kwargs)(copy.deepcopy(results))['imgs']
    out = FastGeneratePoseTarget(**kwargs)(copy.deepcopy(results))['imgs']
    assert out.shape == ref.shape and out.dtype == np.float32
    assert np.abs(out - ref).max() <= TOL
    assert ref.max() > 0.1  # something was drawn
    return out


@pytest.mark.parametrize('persons', [1, 3])
@pytest.mark.parametrize('name', sorted(SETTINGS))
def test_random_keypoints(name, persons):
    rng = np.random.default_rng(persons)
    kp, score = hard_keypoints(rng, persons, 5, 17, (30, 26))
    _check(dict(keypoint=kp, keypoint_score=score, img_shape=(30, 26)),
           **COCO, **SETTINGS[name])


def test_without_scores_and_with_imgs():
    rng = np.random.default_rng(0)
    kp, _ = hard_keypoints(rng, 2, 4, 17, (20, 20))
    _check(dict(keypoint=kp, img_shape=(20, 20)), with_limb=True)
    results = dict(keypoint=kp, img_shape=(20, 20), imgs=np.zeros(1))
    out = FastGeneratePoseTarget()(results)
    assert out['heatmap_imgs'].shape == (4, 17, 20, 20)


def test_overlapping_flip_lists_fall_back_to_upstream_copy():
    rng = np.random.default_rng(1)
    kp, score = hard_keypoints(rng, 1, 3, 17, (24, 24))
    _check(dict(keypoint=kp, keypoint_score=score, img_shape=(24, 24)),
           double=True, left_kp=(1, 3), right_kp=(3, 4))


def test_subpixel_and_degenerate_limbs():
    """Limbs shorter than a pixel draw their start keypoint; points on the
    border and exactly on window boundaries."""
    kp = np.array([[[[3.0, 3.0], [3.4, 3.5], [0.0, 0.0], [-1.8, 5.2],
                     [9.0, 2.0], [9.0, 9.0], [-2.5, -2.5]]]], np.float32)
    score = np.array([[[1.0, 0.5, 0.9, 1.0, 1.0, 1.0, 1.0]]], np.float32)
    skeletons = ((0, 1), (1, 0), (2, 3), (4, 5), (5, 4), (6, 2), (3, 3))
    for double in (False, True):
        _check(dict(keypoint=kp, keypoint_score=score, img_shape=(10, 10)),
               with_kp=False, with_limb=True, skeletons=skeletons,
               double=double, left_limb=(0, 3), right_limb=(1, 4))


@pytest.fixture(scope='module')
def penn_states(shared_data):
    """Real Penn Action keypoints after the PoseC3D geometric transforms."""
    init_default_scope('mmaction')
    anns = penn_annotations(osp.join(shared_data, 'penn_action', 'labels'),
                            count=6, step=300)
    transforms = [TRANSFORMS.build(dict(type='UniformSampleFrames',
                                        clip_len=12)),
                  TRANSFORMS.build(dict(type='PoseDecode'))]
    transforms += [TRANSFORMS.build(t) for t in GEOMETRY]
    return run_transforms(anns, transforms)


@pytest.mark.parametrize('name', ['kp', 'limb', 'kp double', 'limb double'])
def test_penn_action(penn_states, name):
    for results in penn_states:
        _check(results, **PENN_HEATMAP, **SETTINGS[name])


def test_demo_corpus(tiny_corpus):
    with open(tiny_corpus / 'pose.pkl', 'rb') as f:
        anns = pickle.load(f)['annotations'][:4]
    init_default_scope('mmaction')
    transforms = [TRANSFORMS.build(t) for t in (
        dict(type='UniformSampleFrames', clip_len=8, num_clips=2,
             test_mode=True),
        dict(type='PoseDecode'),
        dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
        dict(type='Resize', scale=(32, 32), keep_ratio=False))]
    for results in run_transforms(anns, transforms):
        _check(results, **COCO, double=True)
        _check(results, **COCO, with_kp=False, with_limb=True)


def test_registered_and_repr():
    t = TRANSFORMS.build(dict(type='FastGeneratePoseTarget', sigma=0.7))
    assert isinstance(t, FastGeneratePoseTarget)
    assert repr(t).startswith('FastGeneratePoseTarget(sigma=0.7')


def test_non_finite_points_draw_nothing():
    """Upstream raises on int(nan); we skip the point (and its limbs)."""
    rng = np.random.default_rng(2)
    kp, score = hard_keypoints(rng, 1, 3, 17, (20, 20))
    kp[0, 1, 7] = np.nan
    kp[0, 2, 8, 0] = np.inf
    out = FastGeneratePoseTarget(with_limb=True)(dict(
        keypoint=kp, keypoint_score=score, img_shape=(20, 20)))['imgs']
    score[0, 1, 7] = score[0, 2, 8] = 0
    kp[~np.isfinite(kp)] = 0
    ref = GeneratePoseTarget(with_limb=True)(dict(
        keypoint=kp, keypoint_score=score, img_shape=(20, 20)))['imgs']
    assert np.abs(out - ref).max() <= TOL
