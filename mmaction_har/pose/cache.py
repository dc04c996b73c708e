"""Per-video result cache: one small pickle per finished video.

The key hashes everything that changes a video's result: the backend and its
options, the extraction options (``max_side``, tracker settings), the cache
format version and the video itself (absolute path, size, modification
time). Entries are written atomically, so an interrupted run leaves only
complete entries and the next run skips those videos.
"""
import hashlib
import json
import os
import os.path as osp
import pickle

from ..utils.io import atomic_write

CACHE_VERSION = 1


def cache_key(video, backend_token, options):
    """Hex key of one video's result under the given settings."""
    stat = os.stat(video)
    payload = json.dumps(dict(version=CACHE_VERSION, backend=backend_token,
                              options=options, video=osp.abspath(video),
                              size=stat.st_size, mtime_ns=stat.st_mtime_ns),
                         sort_keys=True, default=str)
    return hashlib.sha1(payload.encode()).hexdigest()


class PoseCache:
    """A folder of ``<key>.pkl`` entries holding ``(pose, stats)``."""

    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    def path(self, key):
        return osp.join(self.folder, f'{key}.pkl')

    def load(self, key):
        """The cached ``(pose, stats)``, or None (absent or unreadable)."""
        try:
            with open(self.path(key), 'rb') as f:
                result = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 (damaged entry: extract again)
            return None
        ok = isinstance(result, tuple) and len(result) == 2
        return result if ok else None

    def store(self, key, result):
        with atomic_write(self.path(key), 'wb') as f:
            pickle.dump(result, f, protocol=4)
