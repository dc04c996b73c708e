"""Make ``import mmaction.models`` work with the PyPI mmaction2 1.2.0 wheel.

``mmaction/models/localizers/__init__.py`` imports ``.drn.drn.DRN`` but the
``drn`` folder is missing from the wheel and the sdist (upstream issue #2714).
We register an import hook that answers for exactly those two module names
when (and only when) the real files are absent. The ``DRN`` it provides
raises a clear error if someone builds it; every other model is untouched.
"""
import importlib.abc
import importlib.machinery
import importlib.util
import sys

from .import_hooks import find_real_spec

_PACKAGE = 'mmaction.models.localizers.drn'
_MODULE = _PACKAGE + '.drn'


class DRN:
    """Placeholder for the DRN localizer, absent from the mmaction2 wheel."""

    def __init__(self, *args, **kwargs):
        raise ImportError(
            'DRN is not shipped in the PyPI mmaction2 1.2.0 wheel '
            '(mmaction/models/localizers/drn is missing, upstream issue '
            '#2714). Install mmaction2 from source to use it.')


class _MissingDRNFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in (_PACKAGE, _MODULE):
            return None
        # Defer to the real files when a fixed mmaction2 provides them.
        if find_real_spec(self, fullname, path, target) is not None:
            return None
        return importlib.util.spec_from_loader(
            fullname, self, is_package=fullname == _PACKAGE)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        if module.__name__ == _PACKAGE:
            module.__path__ = []
        else:
            module.DRN = DRN


def install():
    """Install the hook once; safe to call repeatedly."""
    if not any(isinstance(f, _MissingDRNFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _MissingDRNFinder())
