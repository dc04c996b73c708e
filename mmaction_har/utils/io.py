"""File writing that never leaves a half-written output behind."""
import contextlib
import json
import os
import os.path as osp
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode='w'):
    """Open a temporary file next to ``path``; move it into place on success.

    If the body raises, the temporary file is removed and ``path`` keeps its
    previous content (or stays absent).
    """
    folder = osp.dirname(osp.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f'.{osp.basename(path)}.',
                               suffix='.tmp')
    try:
        with os.fdopen(fd, mode) as f:
            yield f
        # mkstemp creates 0600 files: give the result the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise


def dump_json_atomic(obj, path):
    with atomic_write(path) as f:
        json.dump(obj, f, indent=2, sort_keys=True)
        f.write('\n')
