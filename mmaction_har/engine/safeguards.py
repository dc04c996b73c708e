"""What ``tools/train.py`` and ``tools/test.py`` check before a run, and
how they guard it while it runs (issue "no run lost").

* flags (:mod:`mmaction_har.cli.parsers`): ``--skip-preflight``,
  ``--skip-bad-samples`` (train);
* before the Runner is built: the data pre-flight
  (:mod:`mmaction_har.preflight`) and the checkpoints the run will load
  (:mod:`mmaction_har.engine.checkpoint_file`), ``--resume`` without a path
  falling back from an incomplete latest checkpoint;
* on the built Runner: datasets behind ``GuardedDataset`` (load errors
  name the file and list line; the skip policy), and ``EpochSeedHook``
  under ``--deterministic`` (a resumed run ends as an uninterrupted one).

Config typos (keys, registry types) are caught when the config is loaded
(:func:`mmaction_har.config.load_config`).
"""
from ..config import is_remote
from .checkpoint_file import check_checkpoint, find_resume_checkpoint
from .guard import guard_dataloaders

#: Config key of the skip policy (``--skip-bad-samples`` sets it).
SKIP_KEY = 'skip_bad_samples'


def skip_bad(cfg):
    return bool(cfg.get(SKIP_KEY, False))


def resolve_resume(cfg, resume):
    """Set ``cfg.resume``/``cfg.load_from`` for ``--resume [PATH]``.

    Without a path: the work dir's latest complete checkpoint (saying so
    when the latest one is incomplete), or a fresh start when there is
    none, as mmengine does.
    """
    if resume is None:
        return cfg
    if resume == 'auto':
        path = find_resume_checkpoint(cfg.work_dir)
        cfg.resume = path is not None
        cfg.load_from = path
        return cfg
    if not is_remote(resume):
        check_checkpoint(resume, 'resume')
    cfg.resume = True
    cfg.load_from = resume
    return cfg


def check_weights(path):
    """``load_from`` or a checkpoint to test: a complete file of weights."""
    if path and not is_remote(path):
        check_checkpoint(path, 'weights')


def deterministic_resume(cfg):
    """Add ``EpochSeedHook`` when the run asks for determinism."""
    if (cfg.get('randomness') or {}).get('deterministic'):
        hooks = list(cfg.get('custom_hooks') or [])
        if not any(h.get('type') == 'EpochSeedHook' for h in hooks):
            hooks.append(dict(type='EpochSeedHook'))
        cfg.custom_hooks = hooks
    return cfg


def preflight(cfg, loaders, args):
    """The data pre-flight, unless ``--skip-preflight``."""
    if getattr(args, 'skip_preflight', False):
        print('pre-flight skipped (--skip-preflight)', flush=True)
        return
    from ..preflight import run_preflight
    run_preflight(cfg, loaders, skip_bad=skip_bad(cfg))


def guard(runner, cfg):
    """Datasets behind ``GuardedDataset``; the skip policy if asked for."""
    return guard_dataloaders(runner, skip_bad(cfg))
