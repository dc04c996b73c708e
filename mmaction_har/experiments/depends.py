"""Runs that start from another run's checkpoint (``{checkpoint:NAME}``).

A string option may name the tested checkpoint of an earlier run of the
same spec, e.g. pre-training on BAST base, then fine-tuning on BAST eval::

    cfg_options:
      load_from: '{checkpoint:i3d_bast_base}'

``NAME`` is a run name (without seed); the run with the same seed is used,
so seed 1 fine-tunes seed 1's pre-trained model. It must come earlier in
the spec and be finished when the dependent run starts; when it is re-run,
the dependent run is re-run too (its fingerprint holds the checkpoint and
the time the dependency finished). A test-only run (``checkpoint:`` in a
``runs`` entry) may refer to one the same way.
"""
import dataclasses
import os.path as osp
import re

from ..errors import HarError
from . import state as st
from .cfg_options import normalize

_REF = re.compile(r'\{checkpoint:([A-Za-z0-9][A-Za-z0-9._+=-]*)\}')


def references(run):
    """``{option key: referenced run name}`` of one run; the key of the
    run's own ``checkpoint`` (a test-only run) is ``checkpoint``."""
    values = dict(run.cfg_options)
    if run.checkpoint:
        values['checkpoint'] = run.checkpoint
    return {key: m.group(1) for key, value in values.items()
            if isinstance(value, str) for m in [_REF.search(value)] if m}


def check_references(runs):
    """Every reference must name an earlier run with the same seed.

    Raises:
        HarError: naming the run, the option and what it refers to.
    """
    earlier = set()
    for run in runs:
        for key, name in references(run).items():
            target = f'{name}_seed{run.seed}'
            if target not in earlier:
                raise HarError(
                    f'{run.where}: run {run.run_id}, option {key}: '
                    f'{{checkpoint:{name}}} needs run {target} earlier in '
                    'the spec (a run name without seed, with the same '
                    'seeds)')
        earlier.add(run.run_id)


def resolve(run, exp_dir, strict=True):
    """The run with its references replaced by checkpoint paths.

    Args:
        exp_dir (str): Experiment folder holding the runs' work dirs.
        strict (bool): Raise when a dependency has not finished; otherwise
            leave its reference as it is (for dry runs and planning).

    Returns:
        tuple[Run, dict]: The resolved run and ``{dependency run id:
        [checkpoint, finished time]}`` for its fingerprint.
    """
    refs = references(run)
    if not refs:
        return run, {}
    options, needs = dict(run.cfg_options), {}
    checkpoint = run.checkpoint
    for key, name in refs.items():
        dep_id = f'{name}_seed{run.seed}'
        dep_dir = osp.join(exp_dir, dep_id)
        state = st.read_state(dep_dir)
        if not st.is_finished(state, dep_dir) or not state.get('checkpoint'):
            if strict:
                raise HarError(f'run {run.run_id} starts from the checkpoint '
                               f'of {dep_id}, which has not finished')
            needs[dep_id] = None
            continue
        path = state['checkpoint']
        if key == 'checkpoint':
            checkpoint = _REF.sub(lambda _: path, checkpoint)
        else:
            options[key] = _REF.sub(lambda _: path, options[key])
            # A path with spaces or commas would not survive --cfg-options.
            normalize({key: options[key]}, f'run {run.run_id}')
        needs[dep_id] = [path, state.get('finished')]
    return dataclasses.replace(run, cfg_options=options,
                               checkpoint=checkpoint), needs
