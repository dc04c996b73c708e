"""The long-video detector against the same windows decoded one by one.

The video is assembled once (cached) from the real UCF101 clips of the
shared data (320x240, 25 fps) until it lasts ``minutes``. Model: the demo
SlowOnly config with random weights (scores are compared, not judged).

* detector: ``StreamingDetector`` (10 s windows every 5 s, batches of 8),
  wall time of whole runs, and the share of it outside the model calls;
* naive: each window opened with the config's ``DecordInit``, sampled,
  random-access decoded and scored alone; timed on windows spread over the
  video and extrapolated to all of them (their scores are checked against
  the detector's).
"""
import glob
import os
import os.path as osp
import statistics
import time

import numpy as np

from .common import DEMO_SLOWONLY, ratio


def long_video(ctx, seconds, size=(320, 240), fps=25):
    """A video of real UCF101 clips back to back (made once, cached)."""
    import cv2
    import decord
    w, h = size
    path = osp.join(ctx.work, f'ucf101_{seconds:g}s_{w}x{h}_{fps}fps.mp4')
    if osp.isfile(path):
        return path
    clips = sorted(glob.glob(osp.join(ctx.data, 'ucf101_subset', '*',
                                      '*.avi')))
    if not clips:
        raise FileNotFoundError(f'no UCF101 clips under {ctx.data}')
    os.makedirs(ctx.work, exist_ok=True)
    tmp = path + '.tmp.mp4'
    writer = cv2.VideoWriter(tmp, cv2.VideoWriter_fourcc(*'mp4v'), fps,
                             (w, h))
    need, done = int(seconds * fps), 0
    ctx.log(f'writing {path} ({seconds:g} s of {len(clips)} UCF101 clips)')
    while done < need:
        for clip in clips:
            frames = decord.VideoReader(clip, width=w, height=h)
            batch = frames.get_batch(range(min(len(frames),
                                               need - done))).asnumpy()
            for frame in batch:
                writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
            done += len(batch)
            if done >= need:
                break
    writer.release()
    os.replace(tmp, path)
    return path


def run(ctx):
    import torch

    from mmaction_har.apis import load_recognizer
    from mmaction_har.apis.inference import predict_batch
    from mmaction_har.detection import StreamingDetector
    from mmaction_har.detection.naive import naive_window_input
    torch.set_num_threads(ctx.threads)
    seconds = ctx.size(600, 12)
    video = long_video(ctx, seconds, ctx.size((320, 240), (160, 120)))
    model = load_recognizer(DEMO_SLOWONLY, None, 'cpu')
    detector = StreamingDetector(model, window=ctx.size(10.0, 2.0),
                                 stride=ctx.size(5.0, 1.0), batch_size=8)
    walls, shares, result = [], [], None
    for i in range(ctx.repeats):
        ctx.log(f'detector: run {i + 1}/{ctx.repeats}')
        start = time.perf_counter()
        result = detector.run(video)
        walls.append(time.perf_counter() - start)
        shares.append(1 - result.stats['model_s'] / walls[-1])
    windows = result.windows
    picked = np.unique(np.linspace(0, len(windows) - 1,
                                   ctx.size(8, 2)).astype(int))
    naive_rows, naive_cost = [], []
    for i in range(ctx.repeats):
        ctx.log(f'naive windows: run {i + 1}/{ctx.repeats}')
        start = time.perf_counter()
        naive_rows = [predict_batch(model, [naive_window_input(
            model, video, windows[w])])[0] for w in picked]
        naive_cost.append((time.perf_counter() - start) / len(picked))
    wall = statistics.median(walls)
    naive_all = statistics.median(naive_cost) * len(windows)
    return dict(
        video=dict(path=osp.relpath(video), seconds=result.duration,
                   frames=result.num_frames, fps=result.fps,
                   size=list(ctx.size((320, 240), (160, 120)))),
        model='configs/slowonly/demo.py (random weights)',
        windows=len(windows), windows_timed_naive=len(picked),
        detector_wall_s=wall, detector_video_s_per_s=result.duration / wall,
        model_s=result.stats['model_s'],
        outside_model_share=statistics.median(shares),
        naive_wall_s_extrapolated=naive_all,
        speedup_vs_naive=ratio(naive_all, wall),
        max_abs_score_diff=float(np.abs(np.stack(naive_rows) -
                                        result.scores[picked]).max()))
