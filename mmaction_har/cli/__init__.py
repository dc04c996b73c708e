"""Logic behind the thin scripts in ``tools/``: ``tools/**/X.py`` runs
``main`` of ``mmaction_har/cli/**/X.py`` (its parser and ``main``) through
:func:`run_tool`; options several tools share come from :mod:`.parsers`.
See CONTRIBUTING.md, "Command-line tools"."""
from .common import run_tool

__all__ = ['run_tool']
