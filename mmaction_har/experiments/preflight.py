"""Checks made before any run starts, so a spec fails in seconds, not hours.

Every config is loaded with its run's options (a syntax error or a bad base
shows up now), hashed for the run's fingerprint, and checked for the files
training and testing will read: annotation files, data folders and a local
``load_from`` checkpoint.
"""
import dataclasses

from ..config import check_checkpoint, check_data_files, load_config
from ..errors import HarError
from .state import config_digest

_SPLITS = ('train_dataloader', 'val_dataloader', 'test_dataloader')


@dataclasses.dataclass
class Inspection:
    """What preflight learnt about one run."""
    digest: str
    problem: str = ''  # first missing input, '' when none


def inspect_run(run):
    """Load the run's config; return its digest and its first missing input.

    Raises:
        HarError: The config cannot be loaded (named with the run).
    """
    try:
        cfg = load_config(run.config, run.cfg_options)
    except HarError as err:
        raise HarError(f'run {run.run_id} ({run.where}): {err}') from err
    problem = ''
    try:
        # A test-only run reads no training data.
        check_data_files(cfg, _SPLITS[2:] if run.checkpoint else _SPLITS)
        load_from = cfg.get('load_from')
        if not (isinstance(load_from, str) and '{checkpoint:' in load_from):
            check_checkpoint(load_from, 'checkpoint in load_from')
        if run.checkpoint and '{checkpoint:' not in run.checkpoint:
            check_checkpoint(run.checkpoint, 'checkpoint to test')
    except HarError as err:
        problem = str(err)
    return Inspection(digest=config_digest(run, cfg), problem=problem)


def inspect_runs(spec, runs):
    """Inspect ``runs`` of ``spec`` after checking every config file exists.

    Raises:
        MissingFileError: listing every missing config file of the spec.
    """
    spec.check_configs()
    return {run.run_id: inspect_run(run) for run in runs}
