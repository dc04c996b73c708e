"""mmaction-har: MMAction2 1.x plugin for human action recognition research.

Importing the package (directly or through a config's ``custom_imports``)
applies the compatibility fixes in :mod:`mmaction_har.compat` and registers
the package's datasets, transforms and models in MMAction2's registries.
"""
from .compat import apply as _apply_compat
from .version import __version__

_apply_compat()

# Registration (after the fixes: these import mmaction.models/datasets).
from . import engine, models  # noqa: E402,F401
from .datasets import guarded, kth, transforms  # noqa: E402,F401
from .datasets import label_map, samplers  # noqa: E402,F401
from .evaluation import dump  # noqa: E402,F401

__all__ = ['__version__']
