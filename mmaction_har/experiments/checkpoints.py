"""Which checkpoint of a run's work dir to resume from, and which to test.

mmengine writes ``epoch_N.pth`` (or ``iter_N.pth``) with ``torch.save``
straight to its final name, then records it in ``last_checkpoint``; after a
better validation score it saves ``best_*.pth`` and saves the epoch
checkpoint again so that the resumable state knows the new best. A run
killed mid-save therefore leaves either a truncated file or a best
checkpoint the resumable state does not know about; both are handled here.
"""
import glob
import os
import os.path as osp
import re
import zipfile

_STEP_RE = re.compile(r'^(epoch|iter)_(\d+)\.pth$')


def is_complete(path):
    """Whether a checkpoint file was written to the end.

    ``torch.save`` writes a zip archive whose directory is at the end of
    the file, so a truncated file cannot be opened as one.
    """
    try:
        with zipfile.ZipFile(path):
            return True
    except (OSError, zipfile.BadZipFile):
        return False


def step_of(path):
    """``('epoch', 3)`` for ``.../epoch_3.pth``; None for other names."""
    match = _STEP_RE.match(osp.basename(path))
    return (match.group(1), int(match.group(2))) if match else None


def _recorded_last(work_dir):
    last = osp.join(work_dir, 'last_checkpoint')
    if not osp.isfile(last):
        return None
    with open(last) as f:
        path = f.read().strip()
    # mmengine records the path as it was given (relative or absolute).
    if path and not osp.isabs(path) and not osp.exists(path):
        path = osp.join(work_dir, osp.basename(path))
    return path or None


def resume_checkpoint(work_dir):
    """The newest complete epoch/iter checkpoint of an interrupted run.

    Prefers the one ``last_checkpoint`` names, else the highest-numbered
    complete ``epoch_N.pth``/``iter_N.pth``.

    Returns:
        str | None: None when training must start again from scratch.
    """
    recorded = _recorded_last(work_dir)
    if recorded and osp.isfile(recorded) and is_complete(recorded):
        return recorded
    candidates = [p for p in glob.glob(osp.join(work_dir, '*_*.pth'))
                  if step_of(p)]
    for path in sorted(candidates, key=lambda p: step_of(p)[1],
                       reverse=True):
        if is_complete(path):
            return path
    return None


def drop_orphan_best(work_dir, resume_from):
    """Delete ``best_*.pth`` files the checkpoint ``resume_from`` predates.

    A best checkpoint newer than the epoch checkpoint the run resumes from
    was written after the state being resumed (the run was killed between
    the two saves, maybe in the middle of the best one): the resumed run
    would keep it beside its own best and the wrong one could be tested.

    Returns:
        list[str]: The deleted files.
    """
    limit = osp.getmtime(resume_from)
    dropped = []
    for path in glob.glob(osp.join(work_dir, 'best_*.pth')):
        if osp.getmtime(path) > limit or not is_complete(path):
            os.remove(path)
            dropped.append(path)
    return dropped


def trained_steps(work_dir):
    """``('epoch', N)`` of the last checkpoint of a finished run, or None."""
    recorded = _recorded_last(work_dir)
    return step_of(recorded) if recorded else None
