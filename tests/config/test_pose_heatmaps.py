"""The ``pose_heatmaps`` config key: one key moves every PoseC3D pipeline's
heatmaps between MMAction2, the fast CPU path and the model's device."""
import copy
import os.path as osp
import random

import numpy as np
import pytest
import torch
from mmaction.registry import DATASETS, MODELS
from mmengine.dataset import pseudo_collate
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.config import dataset_cfgs, load_config
from mmaction_har.config.pose_heatmaps import convert_pipeline
from mmaction_har.errors import HarError

from ..conftest import REPO

KTH = osp.join(REPO, 'configs', 'posec3d', 'kth.py')
SPLITS = ('train_dataloader', 'val_dataloader', 'test_dataloader')


def _pipeline(cfg, split):
    """The pipeline of a split's (possibly repeated) dataset."""
    (dataset, ) = dataset_cfgs(cfg[split]['dataset'])
    return dataset['pipeline']


def _types(cfg, split):
    return [t['type'] for t in _pipeline(cfg, split)]


@pytest.mark.parametrize('mode,target', [('mmaction', 'GeneratePoseTarget'),
                                         ('cpu', 'FastGeneratePoseTarget')])
def test_pipeline_modes(mode, target):
    cfg = load_config(KTH, dict(pose_heatmaps=mode))
    for split in SPLITS:
        assert _types(cfg, split)[-3:] == [target, 'FormatShape',
                                           'PackActionInputs']
    assert 'data_preprocessor' not in cfg.model


def test_device_mode_and_back():
    plain = load_config(KTH)
    cfg = load_config(KTH, dict(pose_heatmaps='device'))
    assert cfg.model.data_preprocessor.type == 'HeatmapDataPreprocessor'
    for split in SPLITS:
        assert _types(cfg, split) == _types(plain, split)[:-3] + [
            'PackPoseKeypoints']
    test_pack = _pipeline(cfg, 'test_dataloader')[-1]
    assert test_pack.double and test_pack.sigma == 0.6
    # Back to heatmaps in the pipeline: the same arguments as before.
    back = convert_pipeline(_pipeline(cfg, 'test_dataloader'), 'mmaction')
    assert back == [dict(t) for t in _pipeline(plain, 'test_dataloader')]


def test_bad_mode_and_tails():
    with pytest.raises(HarError, match='pose_heatmaps must be one of'):
        load_config(KTH, dict(pose_heatmaps='gpu'))
    pipeline = [dict(type='PoseDecode'), dict(type='GeneratePoseTarget'),
                dict(type='FormatShape', input_format='NCTHW'),
                dict(type='PackActionInputs')]
    with pytest.raises(HarError, match='must end with GeneratePoseTarget'):
        convert_pipeline(pipeline, 'device', 'test_dataloader')
    cfg = load_config(KTH)
    cfg.model.data_preprocessor = dict(type='MultiModalDataPreprocessor')
    cfg.pose_heatmaps = 'device'
    from mmaction_har.config.pose_heatmaps import apply_pose_heatmaps
    with pytest.raises(HarError, match='model.data_preprocessor is Multi'):
        apply_pose_heatmaps(cfg)


def _batch(cfg, split, seed):
    """Two preprocessed samples of a split, with seeded randomness."""
    init_default_scope('mmaction')
    dataset = DATASETS.build(copy.deepcopy(cfg[split]['dataset']))
    np.random.seed(seed)
    random.seed(seed)
    data = pseudo_collate([dataset[i] for i in range(2)])
    model = MODELS.build(cfg.model)
    torch.manual_seed(0)
    return model, model.data_preprocessor(data, split == 'train_dataloader')


@pytest.mark.parametrize('split', ['train_dataloader', 'test_dataloader'])
def test_demo_config_same_inputs_on_cpu_and_device(tiny_pose_config, split):
    """The demo PoseC3D (FastGeneratePoseTarget) against the device path:
    the same model inputs, and the device path trains."""
    _, cpu = _batch(load_config(tiny_pose_config), split, seed=3)
    model, dev = _batch(load_config(tiny_pose_config,
                                    dict(pose_heatmaps='device')),
                        split, seed=3)
    assert dev['inputs'].shape == cpu['inputs'].shape
    assert (dev['inputs'] - cpu['inputs']).abs().max().item() <= 1e-5
    if split == 'train_dataloader':
        losses = model(**dev, mode='loss')
        losses['loss_cls'].backward()
        assert torch.isfinite(losses['loss_cls'])
