"""The config zoo by rule: every distinct config trains and tests one step
on CPU; recipes follow the upstream configs they cite; a variant changes
only what its name says.

* **One step.** Configs are shrunk by :func:`mmaction_har.testing.
  shrink_config` (1 block per stage, 8 base channels, 8 frames at 32 px,
  batches of 2) and fed by their own train and test pipelines with a
  generated video or skeleton. Configs that shrink to the same model,
  pipelines and optimizer structure (a data variant differs from its parent
  only in files the step does not read) are one case: the cases are
  deduplicated when pytest collects them, so the count it prints is the
  number of configs really trained.
* **Schedules.** A fine-tuning config (every config of a family in
  :data:`FINETUNE` but ``*_scratch.py`` and the demos) has the learning
  rate, momentum, weight decay, LR schedule, epochs, base batch size,
  RepeatDataset, BatchNorm freezing and dropout of the upstream fine-tune
  config the family's recipe cites; ``*_scratch.py`` those of the upstream
  scratch config (:data:`SCRATCH`). Both are read from the mmaction2 wheel;
  the base batch size is upstream's ``auto_scale_lr``, else the GPUs x clips
  per GPU its metafile records, else those of its name.
* **Variants.** ``<dataset>_<token>.py`` differs from ``<dataset>.py`` only
  in the keys :data:`TOKENS` allows for its token.

Our skeleton, multi-modal and CNN + LSTM configs run in
``tests/models/test_model_configs.py``.
"""
import functools
import glob
import os.path as osp
import re

import cv2
import numpy as np
import pytest
import yaml
from mmaction.registry import MODELS
from mmcv.transforms import Compose
from mmengine.config import Config
from mmengine.config import config as config_module
from mmengine.dataset import pseudo_collate
from mmengine.optim import build_optim_wrapper
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.config import load_config
from mmaction_har.datasets.transforms import POSE_TARGETS
from mmaction_har.models.losses import ClassWeightedCrossEntropyLoss
from mmaction_har.testing.shrink import pipelines, shrink_config
from mmaction_har.utils.model_zoo import UPSTREAM_CONFIGS as UPSTREAM
from mmaction_har.utils.model_zoo import zoo_checkpoints

from ..conftest import REPO
from ..models.test_model_configs import CONFIGS as PIPELINE_TESTED

# Resolving an `mmaction::` base checks the package and parses MMAction2's
# 72 metafiles each time (0.2-0.5 s; a ValueError for `_base_` files); they
# do not change during a test session, so the answers are cached.
_external_cfg_path = config_module._get_external_cfg_path


@functools.lru_cache(maxsize=None)
def _cached_external_cfg_path(package_path, cfg_path):
    try:
        return _external_cfg_path(package_path, cfg_path), None
    except ValueError as err:
        return None, err


def _external_cfg_path_cached(package_path, cfg_path):
    path, err = _cached_external_cfg_path(package_path, cfg_path)
    if err is not None:
        raise err
    return path


config_module._get_external_cfg_path = _external_cfg_path_cached
# is_installed() reloads pkg_resources on every call (0.1-0.2 s)
config_module.is_installed = functools.lru_cache(maxsize=None)(
    config_module.is_installed)

CONFIG_ROOT = osp.join(REPO, 'configs')
CONFIGS = sorted(
    p for p in glob.glob(osp.join(CONFIG_ROOT, '**', '*.py'), recursive=True)
    if '_base_' not in osp.relpath(p, CONFIG_ROOT).split(osp.sep)
    and p not in PIPELINE_TESTED)


def _rel(path):
    return osp.relpath(path, CONFIG_ROOT)


@functools.lru_cache(maxsize=None)
def _load(path):
    return load_config(path)


# --------------------------------------------------------------------------
# names: <dataset>[_<token>].py

#: Dataset stems of the zoo (longest first: a stem may prefix another).
DATASETS = ('bast_base', 'bast_eval', 'child', 'kth', 'demo')
PIPES = ('train_pipeline', 'val_pipeline', 'test_pipeline',
         'train_dataloader.dataset.pipeline',
         'train_dataloader.dataset.dataset.pipeline',
         'val_dataloader.dataset.pipeline',
         'test_dataloader.dataset.pipeline')
DATA_PATHS = ('data_root', 'ann_file_train', 'ann_file_val', 'ann_file_test',
              'train_dataloader.dataset.ann_file',
              'val_dataloader.dataset.ann_file',
              'test_dataloader.dataset.ann_file',
              'train_dataloader.dataset.data_prefix',
              'val_dataloader.dataset.data_prefix',
              'test_dataloader.dataset.data_prefix')
SCHEDULE = ('load_from', 'optim_wrapper', 'param_scheduler', 'train_cfg',
            'auto_scale_lr', 'model.backbone.norm_eval',
            'model.backbone.bn_frozen')
#: Name token (a regex on what follows ``<dataset>_``) -> the dotted key
#: prefixes a variant with that token may change relative to
#: ``<dataset>.py``.
TOKENS = {
    # and the recipe's start and dropout (TIN's starts from ImageNet weights)
    r'scratch': SCHEDULE + ('model.backbone.pretrained',
                            'model.cls_head.dropout_ratio'),
    r'(k400|ntu60|finegym|ucf101|hmdb51)-pretrained': (
        'load_from', 'model.backbone.stage_blocks'),
    r'omnisource-pretrained': ('load_from', 'model.backbone'),
    r'from-bast-base': ('load_from', ),
    r'frozen-stages': ('model.backbone.frozen_stages',
                       'model.backbone.slow_pathway.frozen_stages',
                       'model.backbone.fast_pathway.frozen_stages'),
    r'backbone-lr[0-9.]+': ('optim_wrapper.paramwise_cfg', ),
    r'no-bg': DATA_PATHS,
    r'to_(child|kth)': ('test_dataloader.dataset', ),
    r'no-(run|go|run-go)': ('num_classes', 'model.cls_head.num_classes',
                            'train_dataloader.dataset',
                            'val_dataloader.dataset',
                            'test_dataloader.dataset'),
    r'\d+kp': ('ann_file', 'left_kp', 'right_kp',
               'model.backbone.in_channels',
               'train_dataloader.dataset.dataset.ann_file',
               'val_dataloader.dataset.ann_file',
               'test_dataloader.dataset.ann_file') + PIPES,
    # a sampling variant may start from the checkpoint of its sampling
    r'(\d+)x(\d+)x1': PIPES + ('load_from', ),
    r'dropout[0-9.]+': ('model.cls_head.dropout_ratio', ),
    r'balanced-sampler': ('train_dataloader.sampler', ),
    r'class-weighted': ('model.cls_head.loss_cls', 'custom_hooks'),
    r'(bone|joint-motion|bone-motion)': PIPES,
}
#: Skeleton stream token -> the GenSkeFeat ``feats`` of its pipelines.
STREAMS = {'bone': ['b'], 'joint-motion': ['jm'], 'bone-motion': ['bm']}


def _name(path):
    """``(dataset, token)`` of a config file name; ``(None, None)`` for a
    name outside the ``<dataset>[_<token>]`` scheme."""
    stem = osp.splitext(osp.basename(path))[0]
    for dataset in DATASETS:
        if stem == dataset:
            return dataset, None
        if stem.startswith(dataset + '_'):
            return dataset, stem[len(dataset) + 1:]
    return None, None


def _rule(token):
    return next((t for t in TOKENS if re.fullmatch(t, token)), None)


def _flatten(obj, prefix=''):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            out.update(_flatten(v, f'{prefix}{k}.'))
        return out
    return {prefix[:-1]: obj}


VARIANTS = [p for p in CONFIGS if _name(p)[1]]


@pytest.mark.parametrize('path', VARIANTS, ids=[_rel(p) for p in VARIANTS])
def test_variant_changes_only_what_its_name_says(path):
    dataset, token = _name(path)
    rule = _rule(token)
    assert rule, (f'{_rel(path)}: unknown variant {token!r}; name it '
                  f'<dataset>_<token> with a token of TOKENS')
    parent = osp.join(osp.dirname(path), f'{dataset}.py')
    assert osp.isfile(parent), f'{_rel(path)}: no parent {dataset}.py'
    child, base = (_flatten(_load(p).to_dict()) for p in (path, parent))
    changed = sorted(k for k in child.keys() | base.keys()
                     if child.get(k, '<absent>') != base.get(k, '<absent>'))
    assert changed, f'{_rel(path)} does not differ from {dataset}.py'
    stray = [k for k in changed if not k.startswith(TOKENS[rule])]
    assert not stray, f'{_rel(path)} changes {stray} ({token})'

    sampling = re.fullmatch(r'(\d+)x(\d+)x1', token)
    if sampling:
        clip_len, interval = map(int, sampling.groups())
        for split, pipeline in pipelines(_load(path)).items():
            sampler = next(t for t in pipeline
                           if t['type'].endswith('SampleFrames'))
            assert sampler['clip_len'] == clip_len, (split, sampler)
            if sampler['type'] == 'SampleFrames':
                assert sampler['frame_interval'] == interval, (split, sampler)
        if 'load_from' in changed:
            assert f'{token}-' in osp.basename(child['load_from']), (
                f'{_rel(path)} loads {child["load_from"]}, not a '
                f'{token} checkpoint')
    if token in STREAMS:
        for split, pipeline in pipelines(_load(path)).items():
            feat = next(t for t in pipeline
                        if t['type'].startswith('GenSkeFeat'))
            assert feat['feats'] == STREAMS[token], (split, feat)


REMOTE = [p for p in CONFIGS
          if str(_load(p).get('load_from')).startswith('https://')]


@pytest.mark.parametrize('path', REMOTE, ids=[_rel(p) for p in REMOTE])
def test_checkpoint_is_in_the_model_zoo(path):
    assert _load(path).load_from in zoo_checkpoints(), (
        f'{_rel(path)}: {_load(path).load_from} is not a model-zoo checkpoint '
        '(mmaction2 metafiles)')


# --------------------------------------------------------------------------
# schedules against the upstream configs the recipes cite (wheel paths)

_AVA = 'detection/{0}/{0}_kinetics400-pretrained-r50_8xb16-4x16x1-20e_ava21-rgb.py'  # noqa: E501
_R2PLUS1D = 'recognition/r2plus1d/r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb.py'  # noqa: E501
#: Family -> the upstream fine-tune config of its recipe.
FINETUNE = {
    'i3d': _AVA.format('slowonly'),
    'slowonly': _AVA.format('slowonly'),
    'slowfast': _AVA.format('slowfast'),
    'r2plus1d': _AVA.format('slowonly'),
    'csn': 'recognition/csn/ircsn_ig65m-pretrained-r152-bnfrozen_8xb12-'
    '32x2x1-58e_kinetics400-rgb.py',
    'posec3d': 'skeleton/posec3d/slowonly_kinetics400-pretrained-r50_8xb16-'
    'u48-120e_ucf101-split1-keypoint.py',
    'tin': 'recognition/tin/tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_'
    'kinetics400-rgb.py',
}
#: Family -> the upstream from-scratch config of its recipe (TIN: the one
#: without video pretraining, which starts from ImageNet).
SCRATCH = {
    'i3d': 'recognition/i3d/i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_'
    'kinetics400-rgb.py',
    'slowonly': 'recognition/slowonly/slowonly_r50_8xb16-8x8x1-256e_'
    'kinetics400-rgb.py',
    'slowfast': 'recognition/slowfast/slowfast_r50_8xb8-4x16x1-256e_'
    'kinetics400-rgb.py',
    'r2plus1d': _R2PLUS1D,
    'csn': _R2PLUS1D,
    'posec3d': 'skeleton/posec3d/slowonly_r50_8xb16-u48-240e_ntu60-xsub-'
    'keypoint.py',
    'tin': 'recognition/tin/tin_imagenet-pretrained-r50_8xb6-1x1x8-40e_'
    'sthv2-rgb.py',
}


def _repeats(loader):
    dataset, times = loader['dataset'], 1
    while 'dataset' in dataset:
        times *= dataset.get('times', 1)
        dataset = dataset['dataset']
    return times


def _head(model):
    head = model.get('cls_head') or model['roi_head']['bbox_head']
    return head.get('dropout_ratio')


def _schedule(cfg, base_batch):
    optimizer = cfg.optim_wrapper.optimizer
    backbone = cfg.model.backbone
    return dict(
        optimizer={k: optimizer.get(k) for k in ('type', 'lr', 'momentum',
                                                 'weight_decay', 'nesterov')},
        clip_grad=cfg.optim_wrapper.get('clip_grad'),
        param_scheduler=[dict(s) for s in cfg.param_scheduler],
        max_epochs=cfg.train_cfg.max_epochs,
        base_batch_size=base_batch,
        repeat=_repeats(cfg.train_dataloader),
        norm_eval=bool(backbone.get('norm_eval', False)),
        bn_frozen=bool(backbone.get('bn_frozen', False)),
        dropout=_head(cfg.model))


def _trained_batch(rel):
    """The total batch of the upstream run: GPUs x clips per GPU from its
    metafile entry (training resources, batch size), else from the
    ``<gpus>xb<batch>`` of its name."""
    name = osp.splitext(osp.basename(rel))[0]
    with open(osp.join(UPSTREAM, osp.dirname(rel), 'metafile.yml')) as f:
        models = yaml.safe_load(f)['Models']
    meta = next((m['Metadata'] for m in models if m['Name'] == name), {})
    gpus = re.fullmatch(r'(\d+) GPUs?', meta.get('Training Resources', ''))
    if gpus and 'Batch Size' in meta:
        return int(gpus.group(1)) * int(meta['Batch Size'])
    gpus, per_gpu = re.search(r'(\d+)xb(\d+)', rel).groups()
    return int(gpus) * int(per_gpu)


@functools.lru_cache(maxsize=None)
def _upstream(rel):
    cfg = Config.fromfile(osp.join(UPSTREAM, rel))
    scaled = cfg.get('auto_scale_lr')
    batch = scaled['base_batch_size'] if scaled else _trained_batch(rel)
    return _schedule(cfg, batch)


RECIPES = [p for p in CONFIGS
           if _rel(p).split(osp.sep)[0] in FINETUNE and _name(p)[0]
           and _name(p)[0] != 'demo']


@pytest.mark.parametrize('path', RECIPES, ids=[_rel(p) for p in RECIPES])
def test_schedule_is_the_upstream_one(path):
    family = _rel(path).split(osp.sep)[0]
    token = _name(path)[1]
    upstream = (SCRATCH if token == 'scratch' else FINETUNE)[family]
    cfg = _load(path)
    ours = _schedule(cfg, cfg.auto_scale_lr.base_batch_size)
    expected = dict(_upstream(upstream))  # a copy of the cached one
    if token and token.startswith('dropout'):
        ours.pop('dropout'), expected.pop('dropout')
    assert ours == expected, f'{_rel(path)} vs {upstream}'
    assert cfg.auto_scale_lr.enable is False
    assert (cfg.load_from is None) == (token == 'scratch'), cfg.load_from


# --------------------------------------------------------------------------
# one train step and one test step per distinct config

NUM_FRAMES = 24


def _signature(path):
    """What one step exercises: the shrunk model, the pipelines and the
    optimizer wrapper's structure (learning-rate values left out)."""
    cfg = shrink_config(_load(path))
    optim = cfg.optim_wrapper.to_dict()
    optim['optimizer'] = optim['optimizer']['type']
    return repr((cfg.model.to_dict(), pipelines(cfg), optim))


def _distinct(paths):
    first = {}
    for path in paths:
        first.setdefault(_signature(path), path)
    return sorted(first.values())


TRAINED = _distinct(CONFIGS)


@pytest.fixture(scope='module')
def video(tmp_path_factory):
    path = str(tmp_path_factory.mktemp('zoo') / 'clip.avi')
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*'MJPG'), 25,
                             (64, 48))
    rng = np.random.RandomState(0)
    for _ in range(NUM_FRAMES):
        writer.write(rng.randint(0, 255, (48, 64, 3), np.uint8))
    writer.release()
    return path


def _graph_layout(cfg):
    layout = cfg.model.backbone.get('graph_cfg', {}).get('layout')
    if isinstance(layout, dict):
        return layout['num_node'], 3, 1
    return {'coco': (17, 2, 2), 'openpose': (18, 2, 2),
            'nturgb+d': (25, 3, 2)}[layout]


def _sample(cfg, pipeline, video, label):
    kinds = {t['type'] for t in pipeline}
    if 'DecordInit' in kinds:
        sample = dict(filename=video, label=label, start_index=0,
                      modality='RGB')
        if 'SubsequenceRange' in kinds:
            sample['frame_range'] = (2, NUM_FRAMES - 3)
        return sample
    if kinds & set(POSE_TARGETS):
        joints, coords, persons = cfg.model.backbone.in_channels, 2, 1
    else:
        joints, coords, persons = _graph_layout(cfg)
    rng = np.random.RandomState(label)
    keypoint = rng.uniform(8, 56, (persons, NUM_FRAMES, joints, coords))
    sample = dict(frame_dir='sample', label=label, total_frames=NUM_FRAMES,
                  img_shape=(64, 64), original_shape=(64, 64), start_index=0,
                  modality='Pose', keypoint=keypoint.astype(np.float32))
    if coords == 2:  # 2D keypoints come with scores, 3D ones without
        sample['keypoint_score'] = np.ones((persons, NUM_FRAMES, joints),
                                           np.float32)
    return sample


def _batch(cfg, split, video):
    pipeline = pipelines(cfg)[split]
    compose = Compose(pipeline)
    size = cfg[f'{split}_dataloader'].batch_size
    return pseudo_collate([
        compose(_sample(cfg, pipeline, video, label))
        for label in range(size)])


@pytest.mark.parametrize('path', TRAINED, ids=[_rel(p) for p in TRAINED])
def test_config_trains_and_tests_one_step(path, video):
    cfg = shrink_config(_load(path))
    init_default_scope('mmaction')
    model = MODELS.build(cfg.model)
    model.init_weights()
    batch = _batch(cfg, 'train', video)
    for loss in model.modules():  # ClassWeightsHook's job, from this batch
        if isinstance(loss, ClassWeightedCrossEntropyLoss):
            loss.set_weights([int(s.gt_label) for s in batch['data_samples']])
    optim_wrapper = build_optim_wrapper(model, cfg.optim_wrapper)
    log_vars = model.train_step(batch, optim_wrapper)
    assert np.isfinite(float(log_vars['loss']))

    num_classes = cfg.model.cls_head.num_classes
    model.eval()
    for split in ('val', 'test'):
        batch = _batch(cfg, split, video)
        preds = model.test_step(batch)
        assert len(preds) == len(batch['inputs'])
        assert preds[0].pred_score.shape == (num_classes, )
        assert [int(p.gt_label) for p in preds] == list(range(len(preds)))
