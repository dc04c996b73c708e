"""``tools/train.py``: train a recognizer with MMAction2's flags.

Mirrors MMAction2 1.x ``tools/train.py`` (same flags, same precedence of
command line over config) and adds input checks with clear errors.
"""
import argparse
import sys

import torch
from mmengine.runner import Runner

from ..config import (check_checkpoint, check_data_files, default_work_dir,
                      explain_failed_downloads, load_config)
from ..config.schedule import stale_schedule
from ..engine import safeguards
from ..errors import HarError
from . import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Train an action recognizer (MMAction2 1.x Runner).',
        parents=[parsers.work_dir('the dir to save logs and models'),
                 parsers.seed('random seed', default=None),
                 parsers.cfg_options('train_cfg.max_epochs=5'),
                 parsers.launcher()])
    parser.add_argument('config', help='train config file path')
    parser.add_argument(
        '--resume', nargs='?', type=str, const='auto',
        help='resume from the checkpoint PATH, or, with no PATH, from the '
        'latest checkpoint in the work dir')
    parser.add_argument(
        '--amp', action='store_true',
        help='enable automatic-mixed-precision training (needs a GPU)')
    parser.add_argument(
        '--no-validate', action='store_true',
        help='do not evaluate during training')
    parser.add_argument(
        '--auto-scale-lr', action='store_true',
        help='scale the LR by the actual over the config\'s base batch size')
    parser.add_argument(
        '--diff-rank-seed', action='store_true',
        help='whether or not to set different seeds for different ranks')
    parser.add_argument(
        '--deterministic', action='store_true',
        help='whether to set deterministic options for CUDNN backend')
    parsers.add_preflight_flag(parser)
    parsers.add_skip_flag(parser)
    return parser


def parse_args(argv=None):
    return parsers.parse_launched(build_parser(), argv)


def merge_args(cfg, args):
    """Apply the command-line flags to the config, MMAction2's way."""
    if args.no_validate:
        cfg.val_cfg = None
        cfg.val_dataloader = None
        cfg.val_evaluator = None

    cfg.launcher = args.launcher
    # work_dir: command line > config > ./work_dirs/FAMILY/CONFIG_NAME
    if args.work_dir is not None:
        cfg.work_dir = args.work_dir
    elif cfg.get('work_dir', None) is None:
        cfg.work_dir = default_work_dir(args.config)

    if args.amp:
        if not torch.cuda.is_available():
            raise HarError('--amp needs a CUDA GPU (mmengine\'s '
                           'AmpOptimWrapper); none was found')
        optim_wrapper = cfg.optim_wrapper.get('type', 'OptimWrapper')
        if optim_wrapper not in ('OptimWrapper', 'AmpOptimWrapper'):
            raise HarError(f'--amp needs optim_wrapper.type OptimWrapper, '
                           f'the config has {optim_wrapper}')
        cfg.optim_wrapper.type = 'AmpOptimWrapper'
        cfg.optim_wrapper.setdefault('loss_scale', 'dynamic')

    if args.resume not in (None, 'auto'):
        check_checkpoint(args.resume, 'checkpoint to resume from')
    safeguards.resolve_resume(cfg, args.resume)
    if args.skip_bad_samples:
        cfg[safeguards.SKIP_KEY] = True

    if args.auto_scale_lr:
        if 'auto_scale_lr' not in cfg or \
                'base_batch_size' not in cfg.auto_scale_lr:
            raise HarError('--auto-scale-lr needs auto_scale_lr = dict('
                           'enable=False, base_batch_size=N) in the config')
        cfg.auto_scale_lr.enable = True

    randomness = cfg.get('randomness', {})
    randomness.setdefault('seed', None)  # None: mmengine draws one
    if args.seed is not None:
        randomness['seed'] = args.seed
    if args.deterministic:
        randomness['deterministic'] = True
    if args.diff_rank_seed:
        randomness['diff_rank_seed'] = True
    cfg.randomness = randomness
    return safeguards.deterministic_resume(cfg)


def check_inputs(cfg):
    """Fail early, with a clear message, on missing files the run needs."""
    splits = ('train_dataloader', ) if cfg.get('val_cfg') is None else (
        'train_dataloader', 'val_dataloader')
    check_data_files(cfg, splits)
    if not cfg.get('resume'):
        check_checkpoint(cfg.get('load_from'), 'checkpoint in load_from')
        safeguards.check_weights(cfg.get('load_from'))
    explain_failed_downloads(cfg)
    return splits


def build_runner(cfg):
    if 'runner_type' in cfg:
        from mmengine.registry import RUNNERS
        return RUNNERS.build(cfg)
    return Runner.from_cfg(cfg)


def main(argv=None):
    import mmaction_har  # noqa: F401  (compat fixes, registries)
    args = parse_args(argv)
    cfg = load_config(args.config, args.cfg_options)
    stale = stale_schedule(cfg, args.cfg_options)
    if stale:
        print(f'warning: {stale}', file=sys.stderr)
    cfg = merge_args(cfg, args)
    splits = check_inputs(cfg)
    safeguards.preflight(cfg, splits, args)
    runner = build_runner(cfg)
    safeguards.guard(runner, cfg)
    runner.train()
    return runner
