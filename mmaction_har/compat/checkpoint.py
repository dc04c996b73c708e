"""Load mmengine checkpoints under torch >= 2.6 with ``weights_only=True``.

torch >= 2.6 unpickles checkpoints with ``weights_only=True`` by default and
mmengine 0.10.7 calls ``torch.load`` without saying otherwise, so ``resume``,
``load_from`` and ``tools/test.py CKPT`` fail on the first non-tensor type in
the checkpoint. We keep ``weights_only`` on and allow exactly the globals an
mmengine checkpoint holds (found by ``torch.serialization.
get_unsafe_globals_in_checkpoint`` on checkpoints the Runner wrote):

* ``mmengine.logging.HistoryBuffer`` (the message hub's log buffers), whose
  ``statistics_methods`` dict pickles its own methods as
  ``getattr(HistoryBuffer, 'mean')``: ``builtins.getattr`` is answered by a
  restricted getattr that resolves only those method names on that class;
* numpy arrays, dtypes and scalars (``_reconstruct``, ``ndarray``, ``dtype``,
  ``scalar``), under numpy 1.x and 2.x module names.

Anything else, e.g. a pickled ``os.system`` call, makes torch refuse the file
before running it; the local-file loader turns that into
:class:`~mmaction_har.errors.UnsafeCheckpointError` naming the file and the
global. A truncated, empty or foreign file is refused before unpickling
with a :class:`~mmaction_har.errors.CheckpointError` naming the file, its
size and what was expected (:mod:`mmaction_har.engine.checkpoint_file`).
"""
import importlib
import os.path as osp
import pickle

import numpy as np
import torch
from mmengine.logging import HistoryBuffer
from mmengine.runner.checkpoint import CheckpointLoader

from ..errors import CheckpointError, MissingFileError, UnsafeCheckpointError

_NUMPY_GLOBALS = (
    ('multiarray', '_reconstruct'),
    ('multiarray', 'scalar'),
)


# HistoryBuffer registers these on its first instance; more may be added
# with ``HistoryBuffer.register_statistics``.
_BUILTIN_STATISTICS = ('min', 'max', 'current', 'mean')


def _history_buffer_getattr(obj, name):
    """``getattr`` limited to the methods HistoryBuffer pickles by name."""
    if obj is HistoryBuffer and (name in _BUILTIN_STATISTICS
                                 or name in HistoryBuffer._statistics_methods):
        return getattr(obj, name)
    raise pickle.UnpicklingError(
        f'getattr({obj!r}, {name!r}) is not allowed in a checkpoint')


def _numpy_globals():
    """numpy's array/scalar reconstructors under every module name in use."""
    found = [np.ndarray, np.dtype]
    for core in ('numpy.core', 'numpy._core'):
        try:
            module = importlib.import_module(f'{core}.multiarray')
        except ImportError:
            continue
        for _, name in _NUMPY_GLOBALS:
            found.append((getattr(module, name), f'{core}.multiarray.{name}'))
    # numpy >= 1.25 may pickle dtypes through their classes (numpy.dtypes.*).
    dtypes = getattr(np, 'dtypes', None)
    if dtypes is not None:
        for name in dir(dtypes):
            cls = getattr(dtypes, name)
            if isinstance(cls, type) and issubclass(cls, np.dtype):
                found.append((cls, f'numpy.dtypes.{name}'))
    return found


def allowed_globals():
    """The list passed to ``torch.serialization.add_safe_globals``."""
    return [HistoryBuffer, (_history_buffer_getattr, 'builtins.getattr')
            ] + _numpy_globals()


def load_local_checkpoint(filename, map_location=None):
    """mmengine's local-file loader with a clear error for unsafe files.

    Args:
        filename (str): Path of the checkpoint.
        map_location: As for :func:`torch.load`.

    Raises:
        MissingFileError: The file does not exist.
        CheckpointError: The file is truncated, empty or not a checkpoint.
        UnsafeCheckpointError: The file holds a global outside the allowlist;
            nothing from it was executed.
    """
    from ..engine.checkpoint_file import describe_problem, inspect_file
    filename = osp.expanduser(filename)
    if not osp.isfile(filename):
        raise MissingFileError('checkpoint', filename)
    problem = inspect_file(filename)
    if problem is not None:
        raise CheckpointError(describe_problem(filename, problem))
    try:
        return torch.load(filename, map_location=map_location,
                          weights_only=True)
    except pickle.UnpicklingError as err:
        unsafe = _unsafe_globals(filename)
        if unsafe:
            reason = (f'it contains {", ".join(unsafe)}, which is not among '
                      'the types mmengine checkpoints hold')
        else:
            reason = _unpickler_reason(err)
        raise UnsafeCheckpointError(
            f'refused to load checkpoint {filename}: {reason}; nothing in it '
            'was executed. Only load it if you trust its source: inspect it '
            'with torch.serialization.get_unsafe_globals_in_checkpoint.'
        ) from None


def _unpickler_reason(err):
    """What torch's weights-only unpickler refused, from its message."""
    text = str(err)
    marker = 'WeightsUnpickler error:'
    if marker in text:
        rest = [ln.strip() for ln in text.split(marker, 1)[1].splitlines()]
        reason = next((ln for ln in rest if ln), '')
        if reason:
            return reason
    return 'it cannot be unpickled with weights_only=True'


def _allowed_names():
    return {g[1] if isinstance(g, tuple)
            else f'{g.__module__}.{g.__qualname__}'
            for g in allowed_globals()}


def _unsafe_globals(filename):
    try:
        found = torch.serialization.get_unsafe_globals_in_checkpoint(filename)
    except Exception:  # legacy (non-zip) format: keep torch's message
        return []
    allowed = _allowed_names()
    return [g for g in found if g not in allowed]


def install():
    """Allow mmengine's types and route local files through our loader."""
    torch.serialization.add_safe_globals(allowed_globals())
    CheckpointLoader.register_scheme(
        prefixes='', loader=load_local_checkpoint, force=True)
