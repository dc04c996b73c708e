"""The shared second half of the video-list importers (UCF101, HMDB51).

An importer parses its split files into ``lists``: output file name ->
``[(path, label, where)]`` (``path`` relative to the video root as the split
file names it, ``where`` the ``file:line`` it came from). This module finds
the files on disk (where the exact path is absent: case-insensitively, e.g.
UCF101's ``HandStandPushups`` vs ``HandstandPushups``, then by a unique file
name anywhere under the root, e.g. a flat folder), checks each video
once, leaves out what is absent or unusable (reported), and writes the lists,
the class list and the summary through a staging folder, validating the
lists before they are moved into place.
"""
import os
import os.path as osp
import sys
from dataclasses import dataclass, field

from ..utils.progress import progress_bar
from .outputs import (Summary, check_splits, counts_table, report_outputs,
                      staged, unstage, write_lines)
from .validate import probe_video, validate_list


@dataclass
class VideoListImport:
    """What a video-list importer found and wrote.

    Attributes:
        lists (dict[str, list[tuple]]): Output name -> ``(path, label,
            where)``; after :func:`check_media`, only usable videos, with
            paths as found on disk.
        absent (list[str]): ``where: path`` of videos not on disk.
        bad_media (list[str]): ``path: why`` of unusable videos.
    """
    classes: list
    lists: dict = field(default_factory=dict)
    absent: list = field(default_factory=list)
    bad_media: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    outputs: list = field(default_factory=list)
    frame_counts: dict = field(default_factory=dict)


def index_files(root):
    """Map lower-case relative paths (with ``/``) to the real ones."""
    index = {}
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            rel = osp.relpath(osp.join(folder, name), root).replace(os.sep,
                                                                    '/')
            index.setdefault(rel.lower(), rel)
    return index


def check_media(result, video_root, media, progress=True):
    """Resolve every listed video on disk, probe it, drop what is unusable.

    Probes each distinct video once; results go to ``result.frame_counts``
    (keyed by full path, as :func:`..validate.validate_list` wants).
    """
    index = index_files(video_root)
    by_name = {}
    for rel in index.values():
        by_name.setdefault(rel.split('/')[-1].lower(), []).append(rel)
    paths = sorted({p for items in result.lists.values() for p, _, _ in items})
    found, fatal = {}, set()
    for path in progress_bar(paths, desc='videos', disable=not progress):
        real = path if osp.isfile(osp.join(video_root, path)) else \
            index.get(path.lower())
        same_name = by_name.get(path.split('/')[-1].lower(), [])
        if real is None and len(same_name) == 1:
            real = same_name[0]
        if real is None:
            continue
        found[path] = real
        full = osp.join(video_root, real)
        frames, problem = probe_video(full, media)
        result.frame_counts[full] = (frames, problem)
        if problem:
            result.bad_media.append(f'{real}: {problem[1]}')
            fatal.add(path)
        elif real != path:
            result.notes.setdefault('found under another path or letter '
                                    'case', []).append(f'{path} -> {real}')
    for name, items in result.lists.items():
        kept = []
        for path, label, where in items:
            if path not in found:
                result.absent.append(f'{where}: {path}')
            elif path not in fatal:
                kept.append((found[path], label, where))
        result.lists[name] = kept
    return result


def write_outputs(result, out_dir, prefix, video_root, media, summary,
                  allow_empty=False):
    """Write ``result.lists``, ``{prefix}_classes.txt`` and the summary.

    Args:
        summary (Summary): Filled with the importer's own sections; the
            counts, absent/unusable videos and validation results are
            appended here.
        allow_empty (bool): Write even if a list is empty.

    Raises:
        HarError: No usable video, or an empty list (unless
            ``allow_empty``); nothing written.
    """
    check_splits({name: len(items) for name, items in result.lists.items()},
                 video_root, result.absent + result.bad_media, allow_empty)
    with staged(out_dir) as stage:
        for name, items in result.lists.items():
            path = osp.join(stage, name)
            write_lines(path, [f'{p} {label}' for p, label, _ in items])
            report = validate_list(path, 'video', video_root, result.classes,
                                   media=media,
                                   frame_counts=result.frame_counts)
            result.problems += unstage(report.problems, stage, out_dir,
                                       allow_empty)
            result.outputs.append(osp.join(out_dir, name))
        write_lines(osp.join(stage, f'{prefix}_classes.txt'), result.classes)
        _finish_summary(summary, result, prefix).write(
            osp.join(stage, f'{prefix}_summary.md'))
    result.outputs += [osp.join(out_dir, f'{prefix}_classes.txt'),
                       osp.join(out_dir, f'{prefix}_summary.md')]
    return result


def _column(name, prefix):
    """'ucf101_train_split_1_videos.txt' -> 'train_split_1'."""
    name = name[len(prefix) + 1:] if name.startswith(f'{prefix}_') else name
    return name.replace('_videos.txt', '').replace('.txt', '')


def _finish_summary(summary, result, prefix):
    summary.add('Videos per class and list', counts_table(
        result.classes, {_column(name, prefix): [x[1] for x in items]
                         for name, items in result.lists.items()}))
    summary.add_list('Listed but not on disk (left out)', result.absent)
    summary.add_list('Unusable videos (left out)', result.bad_media)
    summary.add_notes(result.notes, result.problems)
    return summary


__all__ = ['VideoListImport', 'index_files', 'check_media', 'write_outputs',
           'Summary']


def report_video_lists(result, out=None, err=None):
    """Print a :class:`VideoListImport` for a ``prepare_*`` tool.

    ``out``/``err`` default to the streams current at call time. Returns the
    tool's exit status: 1 when validation found problems.
    """
    out = out or sys.stdout
    for name, items in result.lists.items():
        print(f'{name}: {len(items)} videos', file=out)
    print(f'listed but not on disk: {len(result.absent)}; unusable: '
          f'{len(result.bad_media)} (see the summary)', file=out)
    return report_outputs(result.outputs, result.problems, out, err)
