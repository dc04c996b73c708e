"""The pre-flight: every annotation file and video of a run, before the
Runner is built.

``tools/train.py`` and ``tools/test.py`` call :func:`run_preflight` (unless
``--skip-preflight``): it prints every problem with its file and line and
raises :class:`~mmaction_har.errors.PreflightError` (one ``error:`` line)
when the run would crash or train on wrong data -- unreadable, empty or
missing videos, malformed lines, empty lists and splits, labels outside
``0 .. num_classes - 1``, wrong keypoint shapes, NaN keypoints. Duplicates,
split leaks and all-zero pose samples are printed as warnings. Under the
skip policy (``skip_bad_samples``) unreadable training videos are warnings
too: the loader skips them.
"""
import sys
import time

from ..errors import PreflightError
from .annotations import check_list, check_pose
from .media_cache import MediaCache, default_cache_path
from .sources import data_sources

#: Problems printed as warnings; the run goes on.
WARNING_KINDS = ('duplicate', 'leak', 'zero-pose')
#: Problems the skip policy handles at load time (training data only).
SKIPPABLE_KINDS = ('missing', 'zero-length', 'unreadable', 'truncated')
HINT = '--skip-preflight turns this check off'


def check_sources(sources, media_cache):
    """``[(source, report)]`` for the sources the pre-flight can read."""
    loaded, out = {}, []
    for source in sources:
        if source.fmt is None:
            continue
        if source.fmt == 'pose':
            out.append((source, check_pose(source, loaded)))
        else:
            out.append((source, check_list(source, media_cache)))
    return out


def _skippable(source, problem):
    """A bad video of a training list: what the skip policy can skip."""
    return source.loader == 'train_dataloader' and source.fmt != 'pose' \
        and problem.kind in SKIPPABLE_KINDS and problem.where != \
        source.ann_file


def _sort(checked, skip_bad):
    """``(fatal, skipped, warnings)``; a problem of a file two dataloaders
    read (a pose pickle's train and val splits) is listed once."""
    fatal, skipped, warnings, seen = [], [], [], set()
    for source, report in checked:
        for problem in report.problems:
            if str(problem) in seen:
                continue
            seen.add(str(problem))
            if problem.kind in WARNING_KINDS:
                warnings.append(problem)
            elif skip_bad and _skippable(source, problem):
                skipped.append(problem)
            else:
                fatal.append((source, problem))
    return fatal, skipped, warnings


def run_preflight(cfg, loaders, skip_bad=False, cache_path='default',
                  stream=None):
    """Check the data of ``loaders``; raise if the run cannot succeed.

    Args:
        cfg (Config): The run's config.
        loaders (Sequence[str]): e.g. ``('train_dataloader',
            'val_dataloader')``.
        skip_bad (bool): The skip policy is on: unreadable training videos
            are reported, not fatal.
        cache_path (str, optional): Probe cache file; ``'default'``:
            :func:`~.media_cache.default_cache_path`; ``None``: no cache.
        stream: Where the problems go (default ``sys.stderr``); the
            summary line goes to ``sys.stdout`` (it is the log, not an
            error).

    Returns:
        list: ``(source, report)`` of every file checked.

    Raises:
        PreflightError: One line: the number of problems and the first
            (all of them are printed before).
    """
    stream = stream or sys.stderr
    start = time.time()
    cache = MediaCache(default_cache_path() if cache_path == 'default'
                       else cache_path)
    checked = check_sources(data_sources(cfg, loaders), cache)
    cache.save()
    samples = sum(r.num_samples for _, r in checked)
    print(f'pre-flight: {samples} samples in {len(checked)} annotation '
          f'file(s) checked in {time.time() - start:.1f} s ({cache.probed} '
          f'videos probed, {cache.reused} from the cache)', flush=True)
    fatal, skipped, warnings = _sort(checked, skip_bad)
    for problem in warnings:
        print(f'warning: {problem}', file=stream)
    for problem in skipped:
        print(f'will skip: {problem}', file=stream)
    for _, problem in fatal:
        print(f'  {problem}', file=stream)
    stream.flush()
    if not fatal:
        return checked
    hint = HINT
    if any(_skippable(source, p) for source, p in fatal):
        hint = ('fix or remove them, or train with --skip-bad-samples to '
                f'skip unreadable videos; {HINT}')
    first = fatal[0][1]
    if len(fatal) == 1:
        raise PreflightError(f'pre-flight: {first} ({hint})')
    kinds = sorted({p.kind for _, p in fatal})
    raise PreflightError(f'pre-flight found {len(fatal)} problems '
                         f'({", ".join(kinds)}; all listed above), the first: '
                         f'{first} ({hint})')
