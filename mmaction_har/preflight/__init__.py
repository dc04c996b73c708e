"""Pre-flight checks of a run's data, made before the Runner is built.

See :mod:`.check` (what is checked, what stops the run), :mod:`.sources`
(which files a config reads), :mod:`.annotations` (per-file checks) and
:mod:`.media_cache` (cached video probes).
"""
from .check import run_preflight
from .media_cache import MediaCache

__all__ = ['run_preflight', 'MediaCache']
