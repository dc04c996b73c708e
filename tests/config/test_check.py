"""Config typos: option keys near existing ones, unknown registry types."""
import os.path as osp

import pytest

from mmaction_har.config import load_config
from mmaction_har.config.check import check_cfg_options, check_types
from mmaction_har.errors import ConfigError

from ..conftest import REPO

CONFIG = osp.join(REPO, 'configs', 'slowonly', 'demo.py')


@pytest.fixture(scope='module')
def cfg():
    import mmaction_har  # noqa: F401  (registries)
    return load_config(CONFIG)


@pytest.mark.parametrize('key,guess', [
    ('train_cfg.max_epoch', 'train_cfg.max_epochs'),
    ('model.cls_head.num_classe', 'model.cls_head.num_classes'),
    ('train_dataloader.batch_sizee', 'train_dataloader.batch_size'),
    ('param_scheduler.0.T_maxx', 'param_scheduler.0.T_max'),
    ('optim_wrapper.optimizer.lrr', 'optim_wrapper.optimizer.lr'),
    # an argument the config leaves at its default is a neighbour too
    ('default_hooks.checkpoint.max_keep_ckpt',
     'default_hooks.checkpoint.max_keep_ckpts'),
    ('work_dirr', 'work_dir'),
    ('randomnes.seed', 'randomness'),
])
def test_typo_keys_name_the_closest(cfg, key, guess):
    with pytest.raises(ConfigError) as err:
        check_cfg_options(cfg, {key: 1})
    assert f'did you mean `{guess}`' in str(err.value)
    assert str(err.value).startswith(f'--cfg-options {key}:')


@pytest.mark.parametrize('key', [
    'load_from', 'resume', 'train_cfg.max_epochs', 'train_cfg.val_begin',
    'model.backbone.pretrained2d',  # ResNet3d argument left at default
    'default_hooks.checkpoint.max_keep_ckpts', 'skip_bad_samples',
    'train_dataloader.dataset.test_mode', 'custom_imports.imports',
    'model.cls_head.brand_new_option',
])
def test_new_and_existing_keys_stay_allowed(cfg, key):
    check_cfg_options(cfg, {key: 1})


def test_load_config_refuses_a_typo_before_merging():
    with pytest.raises(ConfigError, match='max_epochs'):
        load_config(CONFIG, {'train_cfg.max_epoch': 3})


@pytest.mark.parametrize('key,value,fragment', [
    ('model.cls_head.type', 'I3DHeadd', '`I3DHead`'),
    ('model.backbone.type', 'ResNet3dSlowOnlyy', '`ResNet3dSlowOnly`'),
    ('train_dataloader.dataset.type', 'KTHSubsequenceDatset',
     '`KTHSubsequenceDataset`'),
    ('train_dataloader.dataset.pipeline.0.type', 'DecordInnit',
     '`DecordInit`'),
    ('optim_wrapper.optimizer.type', 'AdamWW', '`AdamW`'),
])
def test_unknown_types_name_the_closest(key, value, fragment):
    with pytest.raises(ConfigError) as err:
        load_config(CONFIG, {key: value})
    text = str(err.value)
    assert text.startswith(f'{key} = {value!r}: no registered type')
    assert fragment in text


def test_every_shipped_config_passes(cfg):
    """Spot check (all configs load in tests/configs): the demo configs and
    a SlowFast one, whose pathways name their own table's types."""
    for name in ('posec3d/demo.py', 'slowfast/kth.py'):
        check_types(load_config(osp.join(REPO, 'configs', name)))
