"""Frame-exact cutting of recordings into clips (one decode pass).

There is no ``ffmpeg`` binary on the project's machines: OpenCV's bundled
FFmpeg decodes and the project's writer (:mod:`mmaction_har.utils.video`,
PyAV) encodes. A recording is decoded once, front to back, and every frame
is handed to the clips that contain it (overlapping windows share the
decode); each clip is encoded once, at the source's size and frame rate.
Nothing else is re-encoded: no whole-recording transcode, no scaling, no
intermediate files. Codecs (:data:`~mmaction_har.utils.video.CODECS`, read
by decord):

* ``h264`` (default): H.264 in ``.mp4``, compact and lossy (visually
  lossless at the writer's quality), playable in browsers.
* ``ffv1``: lossless FFV1 in ``.mkv``: a clip's frames are bit-identical to
  the source frames OpenCV decoded (several times larger files).

Why not stream copy: a copy can only start at a key frame, and BAST's
H.264/AVCHD recordings have key frames every ~0.5-1 s, so a copied clip
would start up to a GOP early (or rely on an MP4 edit list, which decord
does not honour frame-exactly). Decoding sequentially (not seeking) makes
clip frame ``k`` exactly source frame ``first + k``.

Existing clips are reused when their entry in the cache manifest
(``clips/.bast_clips.json``: source file, its size and mtime, frame range,
codec) matches, so a re-run cuts nothing and an interrupted run resumes.
"""
import json
import os
import os.path as osp

from ...errors import HarError
from ...utils import atomic_write
from ...utils.video import VideoWriter, check_codec, codec_extension

MANIFEST = '.bast_clips.json'
_TMP = '.tmp-'


def clip_path(recording, first, stop, codec='h264'):
    """Relative clip path: ``REC/REC_FFFFFF-LLLLLL.mp4`` (first, last frame,
    inclusive; ``.mkv`` for ``ffv1``)."""
    return (f'{recording}/{recording}_{first:06d}-{stop - 1:06d}'
            f'{codec_extension(codec)}')


def source_key(source, root):
    """What identifies a source's content cheaply: path, size, mtime."""
    st = os.stat(source)
    return dict(source=osp.relpath(source, root).replace(os.sep, '/'),
                size=st.st_size, mtime_ns=st.st_mtime_ns)


class ClipCache:
    """The cut clips under ``clips_dir`` and the manifest describing them."""

    def __init__(self, clips_dir):
        self.dir = clips_dir
        self.path = osp.join(clips_dir, MANIFEST)
        self.entries = {}
        if osp.isfile(self.path):
            try:
                with open(self.path, encoding='utf-8') as f:
                    self.entries = json.load(f)
            except (OSError, ValueError):
                self.entries = {}  # unreadable: re-cut everything

    @staticmethod
    def key(src_key, first, stop, codec='h264'):
        return dict(src_key, first=first, stop=stop, codec=codec)

    def is_current(self, rel, key):
        return self.entries.get(rel) == key and osp.isfile(
            osp.join(self.dir, rel))

    def record(self, rel, key):
        self.entries[rel] = key

    def save(self):
        with atomic_write(self.path) as f:
            json.dump(dict(sorted(self.entries.items())), f, indent=1,
                      sort_keys=True)
            f.write('\n')

    def forget_except(self, keep):
        """Drop manifest entries and files of clips not in ``keep``.

        Returns the relative paths removed.
        """
        removed = []
        for folder, _, files in os.walk(self.dir):
            for name in files:
                full = osp.join(folder, name)
                rel = osp.relpath(full, self.dir).replace(os.sep, '/')
                if rel == MANIFEST or rel in keep:
                    continue
                if name.endswith(('.mp4', '.mkv')) or name.startswith(_TMP):
                    os.remove(full)
                    removed.append(rel)
        self.entries = {k: v for k, v in self.entries.items() if k in keep}
        for folder, dirs, files in os.walk(self.dir, topdown=False):
            if folder != self.dir and not os.listdir(folder):
                os.rmdir(folder)
        return sorted(removed)


def cut_clips(source, jobs, fps, step=None, codec='h264'):
    """Write clips of ``source``, decoding it once.

    Args:
        source (str): The recording.
        jobs (list[tuple]): ``(first, stop, path)``: frames ``first`` to
            ``stop - 1`` go to ``path`` (written under a temporary name and
            renamed when complete).
        fps (float): Frame rate written into the clips (the source's).
        step (callable, optional): Called with no argument per finished clip.
        codec (str): ``h264`` or ``ffv1`` (the paths' extensions must fit).

    Raises:
        HarError: The source cannot be opened or ends before a clip's last
            frame.
    """
    import cv2
    check_codec(codec)
    if not jobs:
        return
    jobs = sorted(jobs)
    cap = cv2.VideoCapture(source)
    if not cap.isOpened():
        raise HarError(f'OpenCV cannot open {source}')
    active, temps = {}, {}
    pending = list(jobs)
    last = max(stop for _, stop, _ in jobs)
    try:
        for index in range(last):
            ok, frame = cap.read()
            if not ok:
                missing = [p for f, s, p in jobs if s > index]
                raise HarError(f'{source}: frame {index} does not decode; '
                               f'{len(missing)} clips need it or later ones '
                               f'(e.g. {missing[0]})')
            while pending and pending[0][0] == index:
                first, stop, path = pending.pop(0)
                os.makedirs(osp.dirname(path), exist_ok=True)
                tmp = osp.join(osp.dirname(path),
                               f'{_TMP}{os.getpid()}-{osp.basename(path)}')
                temps[path] = tmp
                active[path] = (stop, VideoWriter(tmp, fps, codec))
            rgb = frame[..., ::-1]  # OpenCV decodes BGR
            for path in list(active):
                stop, writer = active[path]
                writer.write(rgb)
                if index + 1 == stop:
                    writer.close()
                    del active[path]
                    os.replace(temps.pop(path), path)
                    if step is not None:
                        step()
    finally:
        cap.release()
        for _, writer in active.values():
            writer.close()
        for tmp in temps.values():
            if osp.exists(tmp):
                os.remove(tmp)
