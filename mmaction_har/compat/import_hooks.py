"""What the import hooks of :mod:`mmaction_har.compat` share."""
import sys


def find_real_spec(hook, fullname, path=None, target=None):
    """The spec the other meta-path finders give ``fullname``, or None.

    A hook that stands in for a module asks this first, so the real module
    wins wherever it exists.
    """
    for finder in sys.meta_path:
        if finder is hook or not hasattr(finder, 'find_spec'):
            continue
        spec = finder.find_spec(fullname, path, target)
        if spec is not None:
            return spec
    return None
