"""Every config of the zoo trains one step and tests one step on CPU; every
experiment variant differs from its parent only where its experiment says.

Configs are shrunk by :func:`mmaction_har.testing.shrink_config` (1 block
per stage, 8 base channels, 4 frames at 32 px, batches of 2) and fed by
their own train and test pipelines with a generated video or skeleton.
Configs that shrink to the same model, pipelines and optimizer as one
already run (a transfer variant differs from its parent only by
``load_from``) are compared, not run again. Our skeleton, multi-modal and
CNN + LSTM configs run in ``tests/models/test_model_configs.py``.
"""
import ast
import functools
import glob
import os.path as osp
import re

import cv2
import numpy as np
import pytest
import yaml
from mmcv.transforms import Compose
from mmengine.config import config as config_module
from mmengine.dataset import pseudo_collate
from mmengine.optim import build_optim_wrapper
from mmengine.registry import init_default_scope

import mmaction
import mmaction_har  # noqa: F401
from mmaction.registry import MODELS
from mmaction_har.cli.common import load_config
from mmaction_har.datasets.transforms import POSE_TARGETS
from mmaction_har.testing.shrink import pipelines, shrink_config

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
IDS = [osp.relpath(p, CONFIG_ROOT) for p in CONFIGS]

#: Experiment kinds (by file-name suffix) and the config keys (dotted
#: prefixes) each may change relative to its parent.
PIPES = ('train_pipeline', 'val_pipeline', 'test_pipeline',
         'train_dataloader.dataset.pipeline',
         'val_dataloader.dataset.pipeline',
         'test_dataloader.dataset.pipeline')
VARIANTS = {
    r'_(k400|omnisource|ntu60|finegym|ucf101|hmdb51)-pretrained$':
    ('load_from', 'model.backbone.stage_blocks'),
    r'-pretrained_frozen-stages$': ('model.backbone.frozen_stages',
                                    'model.backbone.slow_pathway.frozen_',
                                    'model.backbone.fast_pathway.frozen_'),
    r'-pretrained_backbone-lr[0-9.]+$': ('optim_wrapper.paramwise_cfg', ),
    r'_from-bast-base$': ('load_from', ),
    r'_no-bg$': ('data_root', 'ann_file_train', 'ann_file_val',
                 'ann_file_test', 'train_dataloader.dataset.ann_file',
                 'val_dataloader.dataset.ann_file',
                 'test_dataloader.dataset.ann_file',
                 'train_dataloader.dataset.data_prefix',
                 'val_dataloader.dataset.data_prefix',
                 'test_dataloader.dataset.data_prefix'),
    r'^(kth_to_child|child_to_kth)$': ('test_dataloader.dataset', ),
    r'^child_no-(run|go|run-go)$': ('model.cls_head.num_classes',
                                    'train_dataloader.dataset',
                                    'val_dataloader.dataset',
                                    'test_dataloader.dataset'),
    r'^child_\d+kp$': ('ann_file', 'left_kp', 'right_kp',
                       'model.backbone.in_channels',
                       'train_dataloader.dataset.ann_file',
                       'val_dataloader.dataset.ann_file',
                       'test_dataloader.dataset.ann_file') + PIPES,
    r'_\d+x\d+x1$': PIPES,
    r'_dropout[0-9.]+$': ('model.cls_head.dropout_ratio', ),
    r'_balanced-sampler$': ('train_dataloader.sampler', ),
    r'_class-weighted$': ('model.cls_head.loss_cls', ),
}


def _parent(path):
    """The single local base of a variant (``_base_ = ['./x.py']``)."""
    with open(path) as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if (isinstance(node, ast.Assign)
                and getattr(node.targets[0], 'id', None) == '_base_'):
            bases = ast.literal_eval(node.value)
            bases = [bases] if isinstance(bases, str) else bases
            if len(bases) == 1 and bases[0].startswith('./'):
                return osp.join(osp.dirname(path), bases[0])
    return None


def _kind(path):
    name = osp.splitext(osp.basename(path))[0]
    kinds = [k for k in VARIANTS if re.search(k, name)]
    return kinds[0] if kinds else None


VARIANT_CONFIGS = [p for p in CONFIGS if _parent(p) and _kind(p)]


@functools.lru_cache(maxsize=None)
def _load(path):
    return load_config(path)


def _flatten(obj, prefix=''):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            out.update(_flatten(v, f'{prefix}{k}.'))
        return out
    return {prefix[:-1]: obj}


@functools.lru_cache(maxsize=None)
def _zoo_weights():
    """Every checkpoint URL of MMAction2's model zoo (its metafiles)."""
    root = osp.join(osp.dirname(mmaction.__file__), '.mim', 'configs')
    urls = set()
    for meta in glob.glob(osp.join(root, '**', 'metafile.yml'),
                          recursive=True):
        with open(meta) as f:
            models = yaml.safe_load(f).get('Models', [])
        for model in models:
            results = model.get('Results') or []
            if isinstance(results, dict):
                results = [results]
            for entry in [model] + list(results):
                weights = entry.get('Weights') if isinstance(entry,
                                                             dict) else None
                if isinstance(weights, str):
                    urls.add(weights)
    return urls


def test_every_family_config_is_a_variant_or_main():
    """A file name with an experiment suffix must have a local parent."""
    for path in CONFIGS:
        name = osp.basename(path)
        if _kind(path) and not _parent(path):
            pytest.fail(f'{name}: named like a variant but has no single '
                        "local base ('./parent.py')")


@pytest.mark.parametrize('path', VARIANT_CONFIGS,
                         ids=[osp.relpath(p, CONFIG_ROOT)
                              for p in VARIANT_CONFIGS])
def test_variant_differs_only_by_its_experiment(path):
    parent, kind = _parent(path), _kind(path)
    allowed = VARIANTS[kind]
    child = _flatten(_load(path).to_dict())
    base = _flatten(_load(parent).to_dict())
    changed = sorted(k for k in child.keys() | base.keys()
                     if child.get(k, '<absent>') != base.get(k, '<absent>'))
    assert changed, f'{path} does not differ from {parent}'
    stray = [k for k in changed if not k.startswith(allowed)]
    assert not stray, f'{osp.basename(path)} changes {stray} ({kind})'

    name = osp.splitext(osp.basename(path))[0]
    if 'pretrained' in kind and 'load_from' in changed:
        assert child['load_from'] in _zoo_weights(), (
            f'{name}: {child["load_from"]} is not a model-zoo checkpoint')
    sampling = re.search(r'_(\d+)x(\d+)x1$', name)
    if sampling:
        clip_len, interval = map(int, sampling.groups())
        for split, pipeline in pipelines(_load(path)).items():
            sampler = next(t for t in pipeline
                           if t['type'].endswith('SampleFrames'))
            assert sampler['clip_len'] == clip_len, (name, split)
            if sampler['type'] == 'SampleFrames':
                assert sampler['frame_interval'] == interval, (name, split)


# --------------------------------------------------------------------------
# one train step and one test step per config

NUM_FRAMES = 24


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


_RUN = {}  # shrunk (model, pipelines, optimizer) -> config that ran it


@pytest.mark.parametrize('path', CONFIGS, ids=IDS)
def test_config_trains_and_tests_one_step(path, video):
    cfg = shrink_config(_load(path))
    steps = pipelines(cfg)
    signature = repr((cfg.model.to_dict(), steps,
                      cfg.optim_wrapper.to_dict()))
    if signature in _RUN:
        return  # identical model, pipelines and optimizer ran already
    init_default_scope('mmaction')
    model = MODELS.build(cfg.model)
    model.init_weights()
    optim_wrapper = build_optim_wrapper(model, cfg.optim_wrapper)
    log_vars = model.train_step(_batch(cfg, 'train', video), optim_wrapper)
    assert np.isfinite(float(log_vars['loss']))

    num_classes = cfg.model.cls_head.num_classes
    model.eval()
    for split in ('val', 'test'):
        batch = _batch(cfg, split, video)
        preds = model.test_step(batch)
        assert len(preds) == len(batch['inputs'])
        assert preds[0].pred_score.shape == (num_classes, )
        assert [int(p.gt_label) for p in preds] == list(range(len(preds)))
    _RUN[signature] = path
