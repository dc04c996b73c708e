"""Run the detector over many videos: per-video outputs, resume, summary.

Each video gets a folder ``OUT/<name>/`` with ``windows.csv``,
``timeline.csv``, ``timeline.json`` (written last: its presence marks the
video done) and, if asked, ``annotated.mp4``. A rerun skips finished videos,
so an interrupted batch resumes where it stopped. ``OUT/summary.csv`` and
``summary.json`` list every video (status, duration, wall time, segments per
label).
"""
import csv
import os.path as osp
import time
from collections import Counter

from ..errors import HarError, MissingFileError
from ..utils.io import atomic_write, dump_json_atomic
from .outputs import (write_annotated_video, write_timeline,
                      write_window_scores)
from .timeline import build_timeline

VIDEO_EXTS = ('.mp4', '.avi', '.mkv', '.mov', '.webm', '.m4v', '.mpg',
              '.mpeg', '.wmv')


def find_videos(source):
    """Video files under a folder (recursive, sorted), or the one file.

    Raises:
        MissingFileError: ``source`` does not exist.
        HarError: The folder holds no video.
    """
    import glob
    if osp.isfile(source):
        return [source]
    if not osp.isdir(source):
        raise MissingFileError('video or folder', source)
    found = sorted(p for p in glob.glob(osp.join(source, '**', '*'),
                                        recursive=True)
                   if p.lower().endswith(VIDEO_EXTS) and osp.isfile(p))
    if not found:
        raise HarError(f'no video files ({", ".join(VIDEO_EXTS)}) under '
                       f'{source}')
    return found


def output_name(video, source):
    """A folder name for a video, unique within ``source``."""
    rel = osp.relpath(video, source) if osp.isdir(source) else \
        osp.basename(video)
    return osp.splitext(rel)[0].replace(osp.sep, '__')


def detect_one(detector, video, folder, timeline, annotate=False,
               progress=True):
    """Detect in one video and write its outputs; returns the summary row."""
    t0 = time.perf_counter()
    result = detector.run(video, progress=progress)
    segments = build_timeline(result, **timeline)
    write_window_scores(osp.join(folder, 'windows.csv'), result)
    if annotate:
        write_annotated_video(osp.join(folder, 'annotated.mp4'), video,
                              segments)
    settings = dict(window=detector.window, stride=detector.stride,
                    batch_size=detector.batch_size, mode=timeline['mode'],
                    thresholds=dict(zip(result.class_names,
                                        map(float, timeline['thresholds']))),
                    ignore=[result.class_names[i] for i in
                            timeline['ignore']],
                    max_gap=timeline['max_gap'],
                    min_duration=timeline['min_duration'])
    write_timeline(osp.join(folder, 'timeline.json'),
                   osp.join(folder, 'timeline.csv'), segments, video, result,
                   settings)
    wall = time.perf_counter() - t0
    return dict(video=video, status='done', duration=result.duration,
                wall=wall, windows=len(result.windows),
                segments=len(segments),
                labels=dict(Counter(s.label for s in segments)))


def _finished_row(video, folder):
    import json
    with open(osp.join(folder, 'timeline.json')) as f:
        done = json.load(f)
    return dict(video=video, status='skipped (done before)',
                duration=done['duration'], wall=0.0,
                windows=done['num_windows'], segments=len(done['segments']),
                labels=dict(Counter(s['label'] for s in done['segments'])))


def detect_many(detector, source, out_dir, timeline, annotate=False,
                overwrite=False, progress=True):
    """Detect in every video of ``source``; resume-safe. Returns the rows."""
    from ..utils.progress import progress_bar
    videos = find_videos(source)
    rows = []
    for video in progress_bar(videos, unit='video', disable=not progress or
                              len(videos) < 2, desc='videos'):
        folder = osp.join(out_dir, output_name(video, source))
        if not overwrite and osp.isfile(osp.join(folder, 'timeline.json')):
            rows.append(_finished_row(video, folder))
            continue
        try:
            rows.append(detect_one(detector, video, folder, timeline,
                                   annotate, progress))
        except HarError as err:
            if len(videos) == 1:
                raise
            rows.append(dict(video=video, status=f'failed: {err}',
                             duration=0.0, wall=0.0, windows=0, segments=0,
                             labels={}))
    write_summary(out_dir, rows)
    return rows


def write_summary(out_dir, rows):
    """``summary.csv`` and ``summary.json`` over the videos of a run."""
    total = sum(r['duration'] for r in rows)
    wall = sum(r['wall'] for r in rows)
    dump_json_atomic(dict(videos=rows, video_seconds=total,
                          wall_seconds=wall,
                          speed=(total / wall if wall else None)),
                     osp.join(out_dir, 'summary.json'))
    with atomic_write(osp.join(out_dir, 'summary.csv')) as f:
        writer = csv.writer(f)
        writer.writerow(['video', 'status', 'duration_s', 'wall_s',
                         'windows', 'segments', 'labels'])
        for r in rows:
            labels = ' '.join(f'{k}:{v}' for k, v in sorted(
                r['labels'].items()))
            writer.writerow([r['video'], r['status'], f'{r["duration"]:.2f}',
                             f'{r["wall"]:.2f}', r['windows'], r['segments'],
                             labels])
