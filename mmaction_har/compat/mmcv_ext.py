"""``mmcv.ops`` on mmcv-lite: a stand-in for the compiled ``mmcv._ext``.

mmcv-lite ships ``mmcv/ops`` without its compiled extension, and
``mmcv/ops/__init__.py`` imports every op module, each of which loads
``mmcv._ext`` at import time; so ``import mmcv.ops`` fails, and with it
mmpose (``MultiScaleDeformableAttention``), mmdet and MMAction2's TIN. Worse,
``mmcv/cnn/bricks/transformer.py`` tries that import when ``mmcv.cnn`` is
first imported and warns about mmcv-lite in every tool.

Where no real ``mmcv._ext`` exists, an import hook answers for that one
module name with a stand-in whose attributes are the extension's functions:

* the ones with a pure-PyTorch kernel in :mod:`.ops` (``nms``, hence
  ``mmcv.ops.nms`` and ``batched_nms``; ``tin_shift_forward`` and
  ``tin_shift_backward``, hence ``mmcv.ops.tin_shift``) run it;
* ``MultiScaleDeformableAttention`` needs nothing: mmcv's own ``forward``
  falls back to PyTorch off CUDA;
* any other function raises :class:`~mmaction_har.errors.MissingOpError`,
  one line naming the op and how to get compiled mmcv, when it is called,
  never at import.

The hook must be in place before anything imports ``mmcv.cnn``:
``import mmaction_har`` installs it first. With compiled mmcv installed the
hook defers to it and changes nothing.
"""
import importlib.abc
import importlib.util
import sys
import types

from ..errors import MissingOpError
from . import ops
from .import_hooks import find_real_spec

_NAME = 'mmcv._ext'

#: Extension functions with a pure-PyTorch kernel.
KERNELS = {
    'nms': ops.nms,
    'tin_shift_forward': ops.tin_shift_forward,
    'tin_shift_backward': ops.tin_shift_backward,
}

#: What ``mmcv.ops.get_compiler_version`` and friends report (env logs).
_INFO = {
    'get_compiler_version': 'none (mmcv-lite)',
    'get_compiling_cuda_version': 'not available',
}

INSTALL_HINT = ('install full mmcv built for your torch: pip uninstall '
                'mmcv-lite && mim install "mmcv>=2.0.0rc4,<2.2.0"')


def op_name(function):
    """The op an extension function belongs to (``roi_align_forward`` ->
    ``roi_align``)."""
    for suffix in ('_forward', '_backward'):
        if function.endswith(suffix):
            return function[:-len(suffix)]
    return function


def _missing(function):

    def call(*args, **kwargs):
        raise MissingOpError(
            f'mmcv op {op_name(function)!r} needs compiled mmcv '
            f'(mmcv._ext.{function}); mmcv-lite has no compiled ops: '
            f'{INSTALL_HINT}')

    call.__name__ = function
    return call


class StandInExt(types.ModuleType):
    """The module answering ``import mmcv._ext`` on mmcv-lite."""

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        if name in KERNELS:
            return KERNELS[name]
        if name in _INFO:
            return lambda: _INFO[name]
        return _missing(name)


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):

    def find_spec(self, fullname, path=None, target=None):
        if fullname != _NAME:
            return None
        if find_real_spec(self, fullname, path, target) is not None:
            return None  # compiled mmcv: use it
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return StandInExt(spec.name)

    def exec_module(self, module):
        module.__doc__ = ('Stand-in for compiled mmcv ops, installed by '
                          'mmaction_har.compat.mmcv_ext')


def is_stand_in():
    """Whether ``mmcv._ext`` is (or will be) the stand-in."""
    spec = importlib.util.find_spec(_NAME)
    return spec is not None and isinstance(spec.loader, _StandInFinder)


def install():
    """Install the hook once; safe to call repeatedly."""
    if not any(isinstance(f, _StandInFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _StandInFinder())
