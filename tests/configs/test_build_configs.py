"""Every config builds, and its model runs one forward/backward on CPU.

Heatmap (PoseC3D) and RGB-clip configs are checked here with inputs shaped
by their val pipelines; the skeleton, multi-modal and CNN + LSTM configs run
their real pipelines on synthetic samples in
``tests/models/test_model_configs.py``. Together they cover every config.
"""
import glob
import os.path as osp

import pytest
import torch

import mmaction_har  # noqa: F401
from mmaction.registry import MODELS
from mmaction.structures import ActionDataSample
from mmaction_har.cli.common import load_config
from mmengine.registry import init_default_scope

from ..conftest import REPO
from ..models.test_model_configs import CONFIGS as PIPELINE_TESTED

ALL_CONFIGS = sorted(
    p for p in glob.glob(osp.join(REPO, 'configs', '**', '*.py'),
                         recursive=True)
    if '_base_' not in p.split(osp.sep))
CONFIGS = [p for p in ALL_CONFIGS if p not in PIPELINE_TESTED]


def test_every_config_is_covered():
    for path in CONFIGS:
        pipeline = {t['type'] for t in
                    load_config(path).val_dataloader.dataset.pipeline}
        assert pipeline & {'GeneratePoseTarget', 'SampleFrames'}, (
            f'{path}: neither a heatmap nor an RGB-clip config; add it to '
            'tests/models/test_model_configs.py')


def _input_shape(cfg):
    """(N=2, num_clips=1, C, T, H, W) that the config's test pipeline makes."""
    pipeline = {t['type']: t for t in cfg.val_dataloader.dataset.pipeline}
    if 'GeneratePoseTarget' in pipeline:
        channels = cfg.model.backbone.in_channels
        clip_len = pipeline['UniformSampleFrames']['clip_len']
    else:
        channels = 3
        clip_len = pipeline['SampleFrames']['clip_len']
    h, w = pipeline['Resize']['scale']
    return (2, 1, channels, clip_len, h, w)


@pytest.mark.parametrize('path', CONFIGS,
                         ids=[osp.relpath(p, REPO) for p in CONFIGS])
def test_config_builds_and_trains_one_step(path):
    cfg = load_config(path)
    init_default_scope(cfg.get('default_scope', 'mmaction'))
    model = MODELS.build(cfg.model)
    num_classes = cfg.model.cls_head.num_classes
    inputs = torch.rand(_input_shape(cfg)) * 255
    samples = [ActionDataSample().set_gt_label(i % num_classes)
               for i in range(inputs.shape[0])]
    data = model.data_preprocessor(dict(inputs=list(inputs),
                                        data_samples=samples), training=True)
    losses = model(**data, mode='loss')
    loss = sum(v for k, v in losses.items() if 'loss' in k)
    loss.backward()
    assert torch.isfinite(loss)
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert any(g is not None and g.abs().sum() > 0 for g in grads)

    model.eval()
    with torch.no_grad():
        data = model.data_preprocessor(dict(inputs=list(inputs),
                                            data_samples=samples))
        preds = model(**data, mode='predict')
    assert preds[0].pred_score.shape == (num_classes, )
