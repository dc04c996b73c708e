"""Video probes cached by path, size and modification time.

The pre-flight opens every video of a run's lists (decord reads the
container header and the frame count, a few milliseconds each). The results
are kept in a JSON file so that the next run over the same data probes only
what changed: an entry is reused while the file's size and ``mtime_ns`` are
those it was probed with. Missing files are never cached.

The file is ``$HAR_PREFLIGHT_CACHE`` if set, else
``$XDG_CACHE_HOME/mmaction_har/media_probes.json`` (``~/.cache`` when
``XDG_CACHE_HOME`` is unset). Concurrent runs each write the whole file
atomically; the last one wins, which costs at most a re-probe.
"""
import contextlib
import json
import os
import os.path as osp

from ..importers.validate import probe_video
from ..utils import dump_json_atomic

#: How hard the pre-flight looks at a video (see ``probe_video``).
LEVEL = 'open'
_VERSION = 1


def default_cache_path():
    if os.environ.get('HAR_PREFLIGHT_CACHE'):
        return os.environ['HAR_PREFLIGHT_CACHE']
    root = os.environ.get('XDG_CACHE_HOME') or osp.join(
        osp.expanduser('~'), '.cache')
    return osp.join(root, 'mmaction_har', 'media_probes.json')


@contextlib.contextmanager
def quiet_native_stderr():
    """Silence what FFmpeg and decord print on file descriptor 2.

    The probe reports every problem itself; their native log lines
    (``moov atom not found``, ``ERROR opening: ...``) would only repeat it.
    """
    try:
        saved = os.dup(2)
    except OSError:  # no descriptor 2 (e.g. some embedded interpreters)
        yield
        return
    try:
        with open(os.devnull, 'w') as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class MediaCache:
    """``path -> (num_frames, problem)`` for ``validate_list``'s
    ``frame_counts``: it holds every path, a miss is probed on access.

    Args:
        path (str, optional): The cache file; ``None`` keeps nothing on disk.
    """

    def __init__(self, path=None):
        self.path = path
        self.entries = {}
        self.probed = 0
        self.reused = 0
        if path and osp.isfile(path):
            try:
                with open(path) as f:
                    data = json.load(f)
                if data.get('version') == _VERSION:
                    self.entries = data['entries']
            except (ValueError, KeyError, TypeError, AttributeError):
                self.entries = {}  # a damaged cache is only a cache

    @staticmethod
    def _stamp(path):
        try:
            st = os.stat(path)
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns]

    def __contains__(self, path):
        return True  # see __getitem__

    def _fresh(self, path):
        entry = self.entries.get(path)
        stamp = self._stamp(path)
        return entry is not None and stamp is not None and \
            entry[:2] == stamp

    def __getitem__(self, path):
        if not self._fresh(path):
            return self.probe(path)
        self.reused += 1
        frames, kind, message = self.entries[path][2:]
        return frames, (kind, message) if kind else None

    def __setitem__(self, path, value):
        frames, problem = value
        stamp = self._stamp(path)
        if stamp is None:
            return
        kind, message = problem if problem else (None, None)
        self.entries[path] = stamp + [frames, kind, message]

    def probe(self, path):
        with quiet_native_stderr():
            result = probe_video(path, LEVEL)
        self.probed += 1
        self[path] = result
        return result

    def save(self):
        if self.path and self.probed:
            dump_json_atomic(dict(version=_VERSION, entries=self.entries),
                             self.path)
