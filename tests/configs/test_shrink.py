"""The shrink helper, and one train smoke run through tools/train.py."""
import json
import os.path as osp
import sys

import pytest

import mmaction_har  # noqa: F401
from mmaction_har.config import load_config
from mmaction_har.errors import HarError
from mmaction_har.testing.shrink import (pipelines, shrink_config,
                                         shrink_pipeline, use_demo_corpus)

from ..conftest import REPO, run_tool


def _config(name):
    return load_config(osp.join(REPO, 'configs', name))


def test_shrink_pipeline_keeps_all_but_sizes():
    pipeline = _config('i3d/kth.py').test_dataloader.dataset.pipeline
    small = shrink_pipeline(pipeline)
    assert [t['type'] for t in small] == [t['type'] for t in pipeline]
    by_type = {t['type']: t for t in small}
    assert by_type['SampleFrames'] == dict(type='SampleFrames', clip_len=8,
                                           frame_interval=1, num_clips=2,
                                           test_mode=True)
    assert by_type['Resize']['scale'] == (-1, 36)
    assert by_type['ThreeCrop']['crop_size'] == 36
    # the config itself is untouched
    assert pipeline[2]['clip_len'] == 32 and pipeline[2]['num_clips'] == 10


def test_shrink_config_fits_the_head():
    cfg = shrink_config(_config('slowfast/kth.py'))
    backbone = cfg.model.backbone
    assert backbone.slow_pathway.stage_blocks == (1, 1, 1, 1)
    # slow 16 and fast 2 base channels, bottlenecks: (16 + 2) * 8 * 4
    assert cfg.model.cls_head.in_channels == 576
    assert cfg.train_dataloader.batch_size == 2
    assert cfg.test_dataloader.batch_size == 1
    i3d = shrink_config(_config('i3d/kth.py')).model.backbone
    assert i3d.inflate == ((1, ), (1, ), (1, ), (0, ))


def test_shrink_keeps_2d_segments():
    """TIN: all 8 one-frame segments stay (its backbone needs them)."""
    cfg = shrink_config(_config('tin/kth.py'))
    sampler = next(t for t in pipelines(cfg)['train']
                   if t['type'] == 'SampleFrames')
    assert (sampler['clip_len'], sampler['num_clips']) == (1, 8)
    backbone = cfg.model.backbone
    assert (backbone.type, backbone.depth, backbone.pretrained) == (
        'ResNetTIN', 50, None)
    assert cfg.model.cls_head.in_channels == 2048
    # the ImageNet start of *_scratch.py is dropped with its conversion
    scratch = shrink_config(_config('tin/kth_scratch.py')).model.backbone
    assert (scratch.pretrained, scratch.pretrained2d) == (None, False)


def test_use_demo_corpus_rewrites_the_data():
    cfg = use_demo_corpus(shrink_config(_config('i3d/kth.py')), 'demo', 5)
    dataset = cfg.train_dataloader.dataset
    assert dataset.type == 'VideoDataset'
    assert dataset.ann_file == 'demo/train_list.txt'
    assert dataset.indices == 5
    assert 'SubsequenceRange' not in [t['type'] for t in
                                      pipelines(cfg)['test']]
    assert cfg.model.cls_head.num_classes == 6
    pose = use_demo_corpus(shrink_config(_config('posec3d/child_18kp.py')))
    assert pose.model.backbone.in_channels == 17
    assert pose.val_dataloader.dataset.split == 'val'
    with pytest.raises(HarError, match='LabelMapDataset'):
        use_demo_corpus(shrink_config(_config('posec3d/child_no-run.py')))


def test_train_smoke_through_tools_train(tiny_corpus, tmp_path):
    """A zoo config, shrunk onto the tiny demo corpus, trains an epoch."""
    small = str(tmp_path / 'posec3d_kth.py')
    result = run_tool([sys.executable, '-m', 'mmaction_har.testing.shrink',
                       osp.join(REPO, 'configs', 'posec3d', 'kth.py'), small,
                       '--demo', str(tiny_corpus), '--samples', '4'])
    assert result.returncode == 0, result.stderr
    work_dir = tmp_path / 'work'
    result = run_tool(['tools/train.py', small, '--work-dir', str(work_dir),
                       '--cfg-options', 'train_cfg.max_epochs=1',
                       'default_hooks.checkpoint.save_best=None'])
    assert result.returncode == 0, result.stderr[-2000:]
    logs = sorted(work_dir.glob('*/vis_data/scalars.json'))
    records = [json.loads(line) for line in logs[-1].read_text().split('\n')
               if line.strip()]
    val = [r for r in records if 'acc/top1' in r]
    assert val and 0 <= val[-1]['acc/top1'] <= 1
    assert 'acc/mean1' in val[-1]
    assert (work_dir / 'epoch_1.pth').is_file()
