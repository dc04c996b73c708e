"""Run pose extraction over many videos: workers, cache, progress, failures.

:func:`extract_poses` processes each listed video once (in ``workers``
processes, one video per task), takes finished videos from the cache, and
collects failures with their reason instead of stopping. Writing the
results is :mod:`.outputs`' job.
"""
import contextlib
import multiprocessing
import os
import os.path as osp
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from ..errors import HarError
from ..utils.progress import progress_bar
from .backend import build_backend
from .cache import PoseCache, cache_key
from .video import extract_video


@dataclass
class ExtractionResult:
    """What :func:`extract_poses` did.

    Attributes:
        annotations (list[dict]): MMAction2 pose annotations, list order,
            failed videos left out.
        failed (list[tuple]): ``(VideoItem, reason)``.
        stats (dict): ``frame_dir`` -> tracking stats of the video.
        cached (int): Videos taken from the cache.
        extracted_frames (int): Frames decoded and processed in this run.
        seconds (float): Wall time of the run.
    """
    annotations: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    cached: int = 0
    extracted_frames: int = 0
    seconds: float = 0.0

    @property
    def frames(self):
        return sum(s['frames'] for s in self.stats.values())

    @property
    def detection_rate(self):
        frames = self.frames
        tracked = sum(s['tracked'] for s in self.stats.values())
        return tracked / frames if frames else 0.0

    @property
    def frames_per_second(self):
        return self.extracted_frames / self.seconds if self.seconds else 0.0

    def summary(self):
        done = len(self.annotations)
        return (f'videos: {done + len(self.failed)} ({done - self.cached} '
                f'extracted, {self.cached} from cache, {len(self.failed)} '
                f'failed); frames: {self.frames}; detection rate: '
                f'{100 * self.detection_rate:.1f}%; '
                f'{self.frames_per_second:.1f} frames/s '
                f'({self.extracted_frames} frames extracted in '
                f'{self.seconds:.1f} s)')


_WORKER = {}


def _init_worker(backend, backend_options, max_side, tracker_options,
                 cache_dir, built=None):
    """Set up this process: ``built`` is a backend already built here."""
    if built is None:
        built = build_backend(backend, **backend_options)
    _WORKER.update(backend=built,
                   max_side=max_side, tracker_options=tracker_options,
                   cache=PoseCache(cache_dir) if cache_dir else None)


def _work(task):
    """Extract one video in a worker; never raises for a bad video."""
    index, video, key = task
    try:
        result = extract_video(video, _WORKER['backend'],
                               _WORKER['max_side'], _WORKER['tracker_options'])
    except HarError as err:
        return index, None, str(err)
    except Exception as err:  # noqa: BLE001 (report, go on with the rest)
        return index, None, f'{type(err).__name__}: {err}'
    if _WORKER['cache'] is not None:
        _WORKER['cache'].store(key, result)
    return index, result, None


def _executor(workers, initargs):
    """A process pool whose workers each build their own backend.

    Workers come from a fork server, not from forking this process: a
    process that already ran mediapipe (native threads) can deadlock in a
    forked child. A worker that dies (e.g. a crash in native decoding code)
    breaks the pool; the videos not finished then are reported as failed.
    """
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context(
        'forkserver' if 'forkserver' in methods else 'spawn')
    if ctx.get_start_method() == 'forkserver':
        ctx.set_forkserver_preload(['mmaction_har.pose.extract'])
    return ProcessPoolExecutor(workers, mp_context=ctx,
                               initializer=_init_worker, initargs=initargs)


def _run_tasks(tasks, workers, initargs, built):
    """Yield ``(index, result, reason)`` per task, in completion order.

    One worker (or one task) runs in this process, with the backend
    ``built`` here; otherwise the workers build their own.
    """
    if not tasks:
        return
    if workers == 1 or len(tasks) == 1:
        _init_worker(*initargs, built=built)
        try:
            yield from map(_work, tasks)
        finally:
            _WORKER.clear()
        return
    with _executor(min(workers, len(tasks)), initargs) as pool:
        futures = {pool.submit(_work, task): task for task in tasks}
        try:
            for future in as_completed(futures):
                try:
                    yield future.result()
                except BrokenProcessPool as err:
                    yield futures[future][0], None, (
                        f'a worker process died ({err}); run again to '
                        f'retry the videos not cached')
        except BaseException:
            for future in futures:
                future.cancel()
            raise


@contextlib.contextmanager
def native_stderr_silenced(enabled=True):
    """Send what native code writes to fd 2 (mediapipe's C++ log lines) to
    /dev/null, keeping Python's ``sys.stderr`` (progress bar, errors)."""
    if not enabled:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    old, sys.stderr = sys.stderr, os.fdopen(os.dup(saved), 'w', buffering=1)
    try:
        yield
    finally:
        sys.stderr.flush()
        sys.stderr.close()
        sys.stderr = old
        os.dup2(saved, 2)
        os.close(saved)


def extract_poses(items, data_root='', backend='mediapipe',
                  backend_options=None, max_side=None, tracker_options=None,
                  workers=1, cache_dir=None, progress=True):
    """Extract the main person's COCO-17 pose from every listed video.

    Args:
        items (list[VideoItem]): Videos (see :mod:`.lists`).
        data_root (str): Folder the listed paths are relative to.
        backend (str): ``mediapipe`` (default) or ``mmpose``.
        backend_options (dict): Keyword options of the backend.
        max_side (int, optional): Decode downscaled to this longer side.
        tracker_options (dict, optional): :class:`MainPersonTracker` args.
        workers (int): Processes; each extracts one video at a time.
        cache_dir (str, optional): Per-video cache folder (resume).
        progress (bool): Show a tqdm bar over videos.

    Returns:
        ExtractionResult
    """
    start = time.perf_counter()
    backend_options = dict(backend_options or {})
    tracker_options = dict(tracker_options or {})
    if workers < 1:
        raise HarError(f'--workers must be >= 1, got {workers}')
    if max_side is not None and max_side < 16:
        raise HarError(f'--max-side must be >= 16 pixels, got {max_side}')
    # Build once here: a bad option or a missing dependency fails now, with
    # one clear error, instead of in every worker.
    built = build_backend(backend, **backend_options)
    token = built.cache_token()
    cache = PoseCache(cache_dir) if cache_dir else None
    options = dict(max_side=max_side, tracker=tracker_options)

    result = ExtractionResult()
    done, tasks = {}, []
    for index, item in enumerate(items):
        video = osp.join(data_root, item.path)
        if not osp.isfile(video):
            done[index] = (None, f'video not found: {video}')
            continue
        key = cache_key(video, token, options) if cache else None
        cached = cache.load(key) if cache else None
        if cached is not None:
            done[index] = (cached, None)
            result.cached += 1
        else:
            tasks.append((index, video, key))

    bar = progress_bar(total=len(items), initial=len(done), unit='video',
                       desc='pose', disable=not progress, dynamic_ncols=True)
    initargs = (backend, backend_options, max_side, tracker_options,
                cache_dir)
    with bar, contextlib.closing(built):
        if workers > 1 and len(tasks) > 1:
            built.close()  # the workers build their own
        for index, video_result, reason in _run_tasks(tasks, workers,
                                                      initargs, built):
            done[index] = (video_result, reason)
            if video_result is not None:
                result.extracted_frames += video_result[1]['frames']
            elapsed = time.perf_counter() - start
            bar.set_postfix_str(f'{result.extracted_frames / elapsed:.1f} '
                                f'frames/s')
            bar.update()

    for index, item in enumerate(items):
        video_result, reason = done[index]
        if video_result is None:
            result.failed.append((item, reason))
            continue
        pose, stats = video_result
        result.annotations.append(dict(frame_dir=item.frame_dir,
                                       label=item.label, **pose))
        result.stats[item.frame_dir] = stats
    result.seconds = time.perf_counter() - start
    return result
