"""Strip a whole video list: unique videos, parallel workers, resumable.

Layout under ``out_root`` (paths as in the list, relative to ``data_root``):
``<path minus extension>.mp4`` (or ``.mkv`` for ``ffv1``) the stripped
video and ``<path minus extension>.npz`` its masks. A video whose mask file
exists is done (the mask file is written last, after the verified video):
a rerun skips it. Failures are collected, not fatal: they go to the failed
list (``path<TAB>reason`` lines) and their lines are left out of the new
list.
"""
import multiprocessing as mp
import os
import os.path as osp
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field

from ..errors import HarError, MissingFileError
from ..utils.io import atomic_write
from .masks_pose import PoseIndex
from .storage import MASK_SUFFIX
from .strip import CODECS, strip_video


@dataclass
class ListEntry:
    """One line of a video list: the path and the rest, kept verbatim."""
    path: str
    rest: str
    line_no: int


def read_video_list(path):
    """Lines ``relative/path.ext [label ...]`` of an MMAction2 video list.

    Blank lines are skipped. Raises MissingFileError / HarError (empty).
    """
    if not osp.isfile(path):
        raise MissingFileError('video list', path)
    entries = []
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            parts = line.strip().split(maxsplit=1)
            if parts:
                entries.append(ListEntry(parts[0], parts[1] if len(parts) > 1
                                         else '', no))
    if not entries:
        raise HarError(f'video list {path} has no entries')
    return entries


def output_paths(rel_path, out_root, codec):
    """(video, mask) output paths of a listed video."""
    stem = osp.join(out_root, osp.splitext(rel_path)[0])
    return stem + CODECS[codec][1], stem + MASK_SUFFIX


# Per-process state of the workers (set by _init; inherited under fork).
_STATE = {}


def _init(options, pose_index, masks_only):
    import cv2
    cv2.setNumThreads(1)
    _STATE.update(options=options, pose_index=pose_index,
                  masks_only=masks_only, masker=None)


def _work(job):
    """Strip one video; return (rel_path, result dict or error text)."""
    rel, src, video_out, mask_out = job
    options = _STATE['options']
    if options.method == 'seg' and _STATE['masker'] is None:
        from .masks_seg import SegmentationMasker
        _STATE['masker'] = SegmentationMasker(options.seg_model)
    try:
        result = strip_video(src, rel, None if _STATE['masks_only']
                             else video_out, mask_out, options,
                             _STATE['pose_index'], _STATE['masker'])
    except HarError as err:
        return rel, str(err)
    except Exception as err:  # decoder/encoder errors of one bad file
        return rel, f'{type(err).__name__}: {err}'
    return rel, result


@dataclass
class StripSummary:
    """What a run did; ``failed`` maps list paths to reasons."""
    done: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: dict = field(default_factory=dict)
    frames: int = 0
    seconds: float = 0.0
    failed_list: str = ''


def strip_list(list_path, data_root, out_root, out_list, options,
               pose_pkl=None, workers=1, masks_only=False, failed_list=None,
               overwrite=False, progress=True):
    """Strip every video of a list; write the new list and the failed list.

    Args:
        list_path (str): Input list (``path label`` lines, any extra
            columns are kept, e.g. KTH's ``path start end label``).
        data_root (str): Folder the list's paths are relative to.
        out_root (str): Output folder (mirrors the list's paths).
        out_list (str | None): New list: the lines of the videos that
            succeeded, with the stripped video's path (``masks_only``: the
            original path, for use with :class:`ApplyPersonMask`).
        options (StripOptions): Method, fill, etc.
        pose_pkl (str | None): Pose pkl of the ``pose`` method.
        workers (int): Processes (1: in this process).
        masks_only (bool): Write the mask files only.
        failed_list (str | None): Where to list failures; default
            ``<out_list>.failed.txt`` (or ``<out_root>/failed.txt``).
        overwrite (bool): Redo videos that are already done.
        progress (bool): Show a tqdm bar.

    Returns:
        StripSummary
    """
    start = time.time()
    options.check()
    entries = read_video_list(list_path)
    if not osp.isdir(data_root):
        raise MissingFileError('data root', data_root)
    pose_index = None
    if options.method == 'pose':
        if not pose_pkl:
            raise HarError('--method pose needs --pose-pkl')
        pose_index = PoseIndex(pose_pkl)
    summary = StripSummary()
    jobs, seen, outputs = [], set(), {}
    for entry in entries:
        if entry.path in seen:
            continue
        seen.add(entry.path)
        video_out, mask_out = output_paths(entry.path, out_root,
                                           options.codec)
        if mask_out in outputs:
            raise HarError(
                f'{list_path}: lines {outputs[mask_out].line_no} and '
                f'{entry.line_no} ({outputs[mask_out].path}, {entry.path}) '
                f'would both be written to {mask_out}; list one of them')
        outputs[mask_out] = entry
        finished = osp.isfile(mask_out) and (masks_only
                                             or osp.isfile(video_out))
        if finished and not overwrite:
            summary.skipped.append(entry.path)
        else:
            jobs.append((entry.path, osp.join(data_root, entry.path),
                         video_out, mask_out))
    for _, outcome in _run(jobs, options, pose_index, masks_only, workers,
                           progress):
        rel, result = outcome
        if isinstance(result, str):
            summary.failed[rel] = result
        else:
            summary.done.append(rel)
            summary.frames += result['frames']
    _write_lists(entries, out_root, out_list, options, masks_only, summary,
                 failed_list)
    summary.seconds = time.time() - start
    return summary


def _run(jobs, options, pose_index, masks_only, workers, progress):
    from ..utils.progress import progress_bar
    bar = progress_bar(total=len(jobs), unit='video', desc='strip background',
                       disable=not progress)
    try:
        if workers <= 1 or len(jobs) <= 1:
            _init(options, pose_index, masks_only)
            for job in jobs:
                yield job, _work(job)
                bar.update(1)
            return
        methods = mp.get_all_start_methods()
        ctx = mp.get_context('fork' if 'fork' in methods else None)
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                                 initargs=(options, pose_index,
                                           masks_only)) as pool:
            futures = {pool.submit(_work, job): job for job in jobs}
            for future in as_completed(futures):
                yield futures[future], future.result()
                bar.update(1)
    finally:
        bar.close()


def _write_lists(entries, out_root, out_list, options, masks_only, summary,
                 failed_list):
    if out_list:
        ext = CODECS[options.codec][1]
        with atomic_write(out_list) as f:
            for e in entries:
                if e.path in summary.failed:
                    continue
                path = (e.path if masks_only
                        else osp.splitext(e.path)[0] + ext)
                f.write(f'{path} {e.rest}'.rstrip() + '\n')
    if failed_list is None:
        failed_list = (osp.splitext(out_list)[0] + '.failed.txt' if out_list
                       else osp.join(out_root, 'failed.txt'))
    summary.failed_list = failed_list
    if summary.failed:
        with atomic_write(failed_list) as f:
            for rel in sorted(summary.failed):
                reason = ' '.join(summary.failed[rel].split())
                f.write(f'{rel}\t{reason}\n')
    elif osp.isfile(failed_list):
        os.remove(failed_list)
