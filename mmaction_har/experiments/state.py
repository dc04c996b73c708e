"""The state file of a run (``run.json`` in its work dir) and its fingerprint.

The state says how far a run got (``training`` -> ``testing`` -> ``done``, or
``failed``), what it was run with, and its results. It is rewritten
atomically at every step, so a runner killed at any moment leaves either the
previous state or the next one, never half of one; a run counts as finished
only when its state says ``done``, its ``test_metrics.json`` exists and its
fingerprint still matches the spec.

The fingerprint is the run's entry (config path, options, seed) plus a hash
of the config as mmengine resolves it (``_base_`` files merged, options
applied): editing a variant, a config or one of its bases re-runs the run.
"""
import hashlib
import json
import os.path as osp

from ..config import load_config
from ..errors import HarError
from ..utils import dump_json_atomic
from ..utils.work_dir import METRICS_FILE

STATE_FILE = 'run.json'
TRAIN, TEST, DONE, FAILED = 'training', 'testing', 'done', 'failed'


def _stable(obj):
    """JSON fallback that never prints a memory address."""
    name = getattr(obj, '__qualname__', None)
    if name:
        return f'{getattr(obj, "__module__", "")}.{name}'
    return f'{type(obj).__module__}.{type(obj).__qualname__}'


def config_digest(run, cfg=None):
    """SHA-1 of the run's resolved config (with its options applied).

    Args:
        cfg (Config | None): The run's config, already loaded with its
            options; loaded here when not given.
    """
    if cfg is None:
        cfg = load_config(run.config, run.cfg_options)
    text = json.dumps(cfg.to_dict(), sort_keys=True, default=_stable)
    return hashlib.sha1(text.encode()).hexdigest()


def fingerprint(run, digest=None):
    """The run's entry plus its config digest (computed when not given)."""
    fp = run.entry()
    fp['config_digest'] = digest or config_digest(run)
    return fp


def changed_keys(old, new):
    """Keys of two fingerprints that differ, for the 're-running' message."""
    return [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]


def read_state(run_dir):
    """The state of the run in ``run_dir``, or None when there is none."""
    path = osp.join(run_dir, STATE_FILE)
    if not osp.isfile(path):
        return None
    try:
        with open(path) as f:
            state = json.load(f)
    except ValueError as err:
        raise HarError(f'{path}: not a valid run state ({err}); delete the '
                       'file to re-run this run') from err
    if not isinstance(state, dict) or 'status' not in state:
        raise HarError(f'{path}: not a run state (no "status"); delete the '
                       'file to re-run this run')
    return state


def write_state(run_dir, state):
    dump_json_atomic(state, osp.join(run_dir, STATE_FILE))


def metrics_file(run_dir):
    return osp.join(run_dir, METRICS_FILE)


def read_metrics(run_dir):
    """The ``metrics`` dict ``tools/test.py`` wrote into ``run_dir``."""
    path = metrics_file(run_dir)
    try:
        with open(path) as f:
            metrics = json.load(f).get('metrics')
    except (OSError, ValueError, AttributeError) as err:
        raise HarError(f'cannot read test metrics {path}: {err}') from err
    if not isinstance(metrics, dict):
        raise HarError(f'{path}: no metrics recorded (the test did not '
                       'finish)')
    return metrics


def is_finished(state, run_dir, fp=None):
    """Done, with its metrics file, and (if ``fp`` given) still the same."""
    return (state is not None and state.get('status') == DONE
            and osp.isfile(metrics_file(run_dir))
            and (fp is None or state.get('fingerprint') == fp))
