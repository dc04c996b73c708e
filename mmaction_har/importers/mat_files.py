"""Read MATLAB ``.mat`` files in a helper process.

scipy's MAT-file reader is compiled code: on some corrupted files it
crashes the interpreter (a segmentation fault, found by the fuzz tests in
``tests/robustness`` with scipy 1.17.1) instead of raising, and an importer
would die without naming the file. :func:`read_mat` therefore runs
``scipy.io.loadmat`` in one long-lived helper process (forked on first
use, reused for every file); a crash of the helper becomes a
:class:`~mmaction_har.errors.HarError` naming the file, and the next file
gets a fresh helper. Where ``fork`` is not available the file is read in
this process.
"""
import atexit
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import HarError

_POOL = []


def _load(path, keys):
    """``loadmat`` in the helper: ``(variables, None)`` or ``(None, why)``."""
    import faulthandler

    from scipy.io import loadmat
    faulthandler.disable()  # a crash here is expected and reported
    try:
        mat = loadmat(path, variable_names=keys)
    except Exception as err:  # scipy raises many types on a broken file
        detail = str(err).strip().splitlines()[0][:160] if str(err) else ''
        return None, f'{type(err).__name__}: {detail}'
    return {k: v for k, v in mat.items() if not k.startswith('__')}, None


def _helper():
    if not _POOL:
        _POOL.append(ProcessPoolExecutor(
            1, mp_context=mp.get_context('fork')))
    return _POOL[0]


@atexit.register
def _shutdown():
    while _POOL:
        _POOL.pop().shutdown(wait=False, cancel_futures=True)


def read_mat(path, keys=None):
    """The variables of a ``.mat`` file (``__header__`` and the like left
    out).

    Args:
        path (str): The file.
        keys (Sequence[str], optional): Read only these variables.

    Raises:
        HarError: The file cannot be read, or the reader crashed on it
            (names the file).
    """
    if 'fork' not in mp.get_all_start_methods():
        mat, error = _load(path, keys)
    else:
        try:
            mat, error = _helper().submit(_load, path, keys).result()
        except BrokenProcessPool:
            _shutdown()
            error = 'the MAT-file reader crashed on it'
    if error is not None:
        raise HarError(f'{path}: not a readable .mat file ({error})')
    return mat
