"""Find the BAST raw material: recordings and their ELAN files.

Layout (flat or in any sub-folders of ``RAW_DIR``)::

    RAW_DIR/**/REC.mp4 | REC.MTS | .m2ts | .mov | .avi | .mkv
    RAW_DIR/**/REC.eaf               (paired with the video by stem,
                                      ignoring letter case)
    RAW_DIR/offsets.csv              optional: recording,seconds
    RAW_DIR/avatar.csv, kinesphere.csv   optional domain time ranges

A recording's ID is its video's file stem. Videos without an ``.eaf`` can
still serve the domain test sets; ``.eaf`` files without a video, and
second videos of one stem (``.mp4`` wins over ``.MTS``, then the shorter
path), are noted.
"""
import os
import os.path as osp

from ...errors import MissingFileError

VIDEO_EXTS = ('.mp4', '.mts', '.m2ts', '.mov', '.avi', '.mkv')
_PREFERENCE = {ext: i for i, ext in enumerate(VIDEO_EXTS)}


def find_raw(raw_dir, notes):
    """Return ``(videos, eafs)``: recording ID -> path, each.

    ``notes`` (dict[str, list]) receives what was ignored and why.
    """
    if not osp.isdir(raw_dir):
        raise MissingFileError('BAST raw folder', raw_dir)
    videos, eafs = {}, {}
    for folder, dirs, files in os.walk(raw_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
        for name in sorted(files):
            stem, ext = osp.splitext(name)
            full = osp.join(folder, name)
            if ext.lower() in VIDEO_EXTS:
                videos.setdefault(stem.lower(), []).append(full)
            elif ext.lower() == '.eaf':
                eafs.setdefault(stem.lower(), []).append(full)
    chosen = {}
    for key, paths in sorted(videos.items()):
        paths.sort(key=lambda p: (_PREFERENCE[osp.splitext(p)[1].lower()],
                                  len(p), p))
        chosen[key] = paths[0]
        for other in paths[1:]:
            notes.setdefault('second videos of a recording (ignored)',
                             []).append(f'{_rel(other, raw_dir)} (using '
                                        f'{_rel(paths[0], raw_dir)})')
    out_videos = {osp.splitext(osp.basename(p))[0]: p
                  for p in chosen.values()}
    id_of = {k: osp.splitext(osp.basename(p))[0] for k, p in chosen.items()}
    out_eafs = {}
    for key, paths in sorted(eafs.items()):
        if key not in id_of:
            notes.setdefault('ELAN files without a video (ignored)',
                             []).extend(_rel(p, raw_dir) for p in paths)
            continue
        paths.sort(key=lambda p: (len(p), p))
        out_eafs[id_of[key]] = paths[0]
        for other in paths[1:]:
            notes.setdefault('second ELAN files of a recording (ignored)',
                             []).append(_rel(other, raw_dir))
    return out_videos, out_eafs


def _rel(path, root):
    return osp.relpath(path, root).replace(os.sep, '/')
