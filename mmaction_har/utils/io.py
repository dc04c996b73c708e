"""File writing that never leaves a half-written output behind."""
import contextlib
import json
import os
import os.path as osp
import tempfile


@contextlib.contextmanager
def atomic_path(path, suffix=None):
    """Yield a temporary file name next to ``path``; move it into place on
    success.

    For writers that need a file name rather than a file object (OpenCV's
    ``VideoWriter`` picks the container from the extension, so ``suffix``
    defaults to ``path``'s). If the body raises, the temporary file is
    removed and ``path`` keeps its previous content (or stays absent).
    """
    folder = osp.dirname(osp.abspath(path))
    os.makedirs(folder, exist_ok=True)
    if suffix is None:
        suffix = osp.splitext(path)[1]
    # hidden and recognisable: .tmp-NAME.XXXXXXXX.SUFFIX
    fd, tmp = tempfile.mkstemp(dir=folder,
                               prefix=f'.tmp-{osp.basename(path)}.',
                               suffix=suffix)
    os.close(fd)
    try:
        yield tmp
        # mkstemp creates 0600 files: give the result the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise


@contextlib.contextmanager
def atomic_write(path, mode='w'):
    """Open a temporary file next to ``path``; move it into place on success.

    If the body raises, the temporary file is removed and ``path`` keeps its
    previous content (or stays absent).
    """
    with atomic_path(path, suffix='.tmp') as tmp:
        with open(tmp, mode) as f:
            yield f


def dump_json_atomic(obj, path):
    with atomic_write(path) as f:
        json.dump(obj, f, indent=2, sort_keys=True)
        f.write('\n')
