"""Heatmaps rendered by HeatmapDataPreprocessor (batched torch) against
MMAction2's GeneratePoseTarget + FormatShape + PackActionInputs (<= 1e-5)."""
import copy
import os.path as osp

import numpy as np
import pytest
import torch
from mmaction.registry import MODELS, TRANSFORMS
from mmengine.dataset import pseudo_collate
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.errors import HarError
from mmaction_har.testing.pose_samples import (PENN_HEATMAP, PENN_LEFT,
                                               PENN_RIGHT, hard_keypoints,
                                               penn_annotations,
                                               run_transforms)

TOL = 1e-5
STOCK_TAIL = [dict(type='FormatShape', input_format='NCTHW_Heatmap'),
              dict(type='PackActionInputs')]
SETTINGS = {
    'train kp': dict(),
    'test kp double': dict(double=True),
    'limb': dict(with_kp=False, with_limb=True),
    'limb double': dict(with_kp=False, with_limb=True, double=True),
    'kp+limb double': dict(with_limb=True, double=True),
    'sigma 1.1, scaling 0.5': dict(sigma=1.1, scaling=0.5),
    'no scores': dict(use_score=False, with_limb=True),
}


@pytest.fixture(scope='module')
def preprocessor():
    init_default_scope('mmaction')
    return MODELS.build(dict(type='HeatmapDataPreprocessor'))


def _stock(samples, **heatmap):
    tail = [TRANSFORMS.build(dict(type='GeneratePoseTarget', **heatmap))]
    tail += [TRANSFORMS.build(t) for t in STOCK_TAIL]
    return torch.stack([p['inputs'] for p in run_transforms(samples, tail)])


def _device(preprocessor, samples, training=False, **heatmap):
    pack = TRANSFORMS.build(dict(type='PackPoseKeypoints', **heatmap))
    data = pseudo_collate(run_transforms(samples, [pack]))
    assert data['inputs'][0].shape[-1] == 3  # keypoints, not heatmaps
    return preprocessor(data, training)['inputs']


def _check(preprocessor, samples, **heatmap):
    ref = _stock(samples, **heatmap)
    out = _device(preprocessor, samples, **heatmap)
    assert out.shape == ref.shape and out.dtype == torch.float32
    assert (out - ref).abs().max().item() <= TOL
    assert ref.max().item() > 0.1


def _random_batch(seed, persons=(1, 3, 2), clips=2, clip_len=4,
                  shape=(24, 20)):
    rng = np.random.default_rng(seed)
    batch = []
    for m in persons:  # different person counts: padded in the batch
        kp, score = hard_keypoints(rng, m, clips * clip_len, 17, shape)
        batch.append(dict(keypoint=kp, keypoint_score=score, img_shape=shape,
                          num_clips=clips, clip_len=clip_len, label=0))
    return batch


@pytest.mark.parametrize('name', sorted(SETTINGS))
def test_random_batch(preprocessor, name):
    _check(preprocessor, _random_batch(len(name)), **SETTINGS[name])


def test_penn_action_train_and_test(preprocessor, shared_data):
    """Real keypoints through the train pipeline (random crop, flip) and the
    test pipeline (2 clips, double)."""
    anns = penn_annotations(osp.join(shared_data, 'penn_action', 'labels'),
                            count=4, step=500)
    common = [dict(type='PoseDecode'),
              dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True)]
    train = [dict(type='UniformSampleFrames', clip_len=8)] + common + [
        dict(type='Resize', scale=(-1, 40)),
        dict(type='RandomResizedCrop', area_range=(0.56, 1.0)),
        dict(type='Resize', scale=(32, 32), keep_ratio=False),
        dict(type='Flip', flip_ratio=0.5, left_kp=PENN_LEFT,
             right_kp=PENN_RIGHT)]
    test = [dict(type='UniformSampleFrames', clip_len=8, num_clips=2,
                 test_mode=True)] + common + [
        dict(type='Resize', scale=(32, 32), keep_ratio=False)]
    init_default_scope('mmaction')
    for pipeline, extra in ((train, {}), (test, dict(double=True))):
        states = run_transforms(anns,
                                [TRANSFORMS.build(t) for t in pipeline])
        _check(preprocessor, states, **PENN_HEATMAP, **extra)
        _check(preprocessor, states, **PENN_HEATMAP, **extra, with_kp=False,
               with_limb=True)


def test_heatmap_inputs_pass_through(preprocessor):
    samples = _random_batch(0, persons=(1, 1))
    ref = _stock(samples)
    data = pseudo_collate(run_transforms(
        samples, [TRANSFORMS.build(dict(type='GeneratePoseTarget'))] +
        [TRANSFORMS.build(t) for t in STOCK_TAIL]))
    assert torch.equal(preprocessor(data, True)['inputs'], ref)


def test_mixed_settings_in_a_batch_are_refused(preprocessor):
    a, b = _random_batch(0, persons=(1, 1))
    packed = [TRANSFORMS.build(dict(type='PackPoseKeypoints'))(a),
              TRANSFORMS.build(dict(type='PackPoseKeypoints',
                                    double=True))(b)]
    with pytest.raises(HarError, match='settings differ within a batch'):
        preprocessor(pseudo_collate(packed), False)


def test_pack_checks_frames():
    sample = _random_batch(0, persons=(1, ))[0]
    sample['num_clips'] = 3
    with pytest.raises(HarError, match=r'expected num_clips x clip_len'):
        TRANSFORMS.build(dict(type='PackPoseKeypoints'))(copy.copy(sample))
