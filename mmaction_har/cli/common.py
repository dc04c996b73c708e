"""Shared by the command-line tools: :func:`run_tool` turns a user's
mistake (a :class:`~mmaction_har.errors.HarError`) into one ``error:`` line.

Config loading and input checks live in :mod:`mmaction_har.config`.
"""
import sys

from ..errors import HarError


def run_tool(main, argv=None):
    """Run a tool's ``main``; return its exit status for ``sys.exit``.

    ``main`` returns an ``int`` exit status, or anything else (what it made,
    for callers in Python), which means success (0). A
    :class:`~mmaction_har.errors.HarError` is printed as one line
    ``error: ...`` and exits 1.
    """
    try:
        result = main(argv)
    except HarError as err:
        print(f'error: {err}', file=sys.stderr)
        sys.exit(1)
    return result if isinstance(result, int) else 0
