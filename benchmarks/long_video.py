"""Throughput and memory of the streaming detector against the naive way.

Generates a long video with OpenCV (default 30 min, 64x48, 25 fps, moving
noise so windows differ) and a short one (3 min) with the same content,
then, in one run with one model (``configs/slowonly/demo.py``, random
weights unless ``--checkpoint``):

* **detector**: ``StreamingDetector`` over the long video (10 s windows,
  5 s stride, batches of 8): wall time, video-seconds per wall-second,
  resident memory (RSS) sampled after every model call, frames held;
* **naive, same windows**: the detector's windows computed the naive way
  (each window opened with the config's ``DecordInit``, sampled, decoded by
  random access, one window per model call). Timed on ``--naive-windows``
  windows spread over the video (their scores are checked against the
  detector's) and extrapolated to all windows;
* **naive, stride 1 frame** (the issue's baseline): the same per-window
  cost times the number of one-frame-stride windows (not run in full: on
  the default video that is 44751 windows);
* **memory**: peak RSS on the short and the long video, and RSS along the
  long run (a PNG; its range and growth from 10% of the model calls to the
  last full batch).

Usage:
    python benchmarks/long_video.py [--minutes 30] [--out DIR]

Writes ``DIR/results.json`` and ``DIR/rss.png``; prints a Markdown table.
"""
import argparse
import json
import os
import os.path as osp
import sys
import time

import numpy as np

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..')
sys.path.insert(0, REPO_ROOT)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--config', default='configs/slowonly/demo.py')
    p.add_argument('--checkpoint', help='default: random weights')
    p.add_argument('--minutes', type=float, default=30.0,
                   help='length of the long video (default 30)')
    p.add_argument('--short-minutes', type=float, default=3.0)
    p.add_argument('--size', default='64x48', help='WxH of the videos')
    p.add_argument('--fps', type=int, default=25)
    p.add_argument('--window', type=float, default=10.0)
    p.add_argument('--stride', type=float, default=5.0)
    p.add_argument('--batch-size', type=int, default=8)
    p.add_argument('--naive-windows', type=int, default=20,
                   help='windows timed on the naive path (default 20)')
    p.add_argument('--device', default='cpu')
    p.add_argument('--video-dir', default='work_dirs/benchmarks/videos',
                   help='where the generated videos are kept (reused)')
    p.add_argument('--out', default='work_dirs/benchmarks/long_video')
    return p.parse_args(argv)


def rss_mib():
    """Resident memory of this process (MiB), from /proc."""
    with open('/proc/self/statm') as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf('SC_PAGE_SIZE') / 2**20


def generate_video(path, seconds, size, fps):
    """Moving noise with a colour change every second (OpenCV, mp4v)."""
    import cv2

    from mmaction_har.utils.progress import progress_bar
    if osp.isfile(path):
        return path
    os.makedirs(osp.dirname(path), exist_ok=True)
    w, h = size
    rng = np.random.default_rng(0)
    base = rng.integers(0, 255, (h, w * 2, 3), dtype=np.uint8)
    tmp = path + '.tmp.mp4'
    writer = cv2.VideoWriter(tmp, cv2.VideoWriter_fourcc(*'mp4v'), fps,
                             (w, h))
    for i in progress_bar(range(int(seconds * fps)), desc=osp.basename(path),
                          unit='frame'):
        shift = (i * 2) % w
        frame = np.ascontiguousarray(base[:, shift:shift + w])
        frame[:, :, (i // fps) % 3] //= 2
        writer.write(frame)
    writer.release()
    os.replace(tmp, path)
    return path


def run_streaming(detector, video):
    samples = []
    start = time.perf_counter()

    def on_batch(stats):
        samples.append((time.perf_counter() - start, rss_mib(),
                        stats['model_calls']))

    result = detector.run(video, progress=True, on_batch=on_batch)
    wall = time.perf_counter() - start
    return result, wall, samples


def run_naive(model, video, windows, count):
    from mmaction_har.apis.inference import predict_batch
    from mmaction_har.detection.naive import naive_window_input
    from mmaction_har.utils.progress import progress_bar
    picked = np.unique(np.linspace(0, len(windows) - 1, count).astype(int))
    rows = []
    start = time.perf_counter()
    for i in progress_bar(picked, desc='naive', unit='window'):
        rows.append(predict_batch(
            model, [naive_window_input(model, video, windows[i])])[0])
    wall = time.perf_counter() - start
    return picked, np.stack(rows), wall / len(picked)


def plot_rss(path, samples, duration):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    t, rss, _ = zip(*samples)
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.plot(t, rss)
    ax.set(xlabel='wall time (s)', ylabel='RSS (MiB)',
           title=f'streaming detector on a {duration / 60:.0f} min video',
           ylim=(0, max(rss) * 1.2))
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv=None):
    args = parse_args(argv)
    import torch

    from mmaction_har.apis import load_recognizer
    from mmaction_har.detection import StreamingDetector
    torch.set_num_threads(int(os.environ.get('OMP_NUM_THREADS', '1')))
    size = tuple(int(v) for v in args.size.split('x'))
    tag = f'{size[0]}x{size[1]}_{args.fps}fps'
    long_video = generate_video(
        osp.join(args.video_dir, f'long_{args.minutes:g}min_{tag}.mp4'),
        args.minutes * 60, size, args.fps)
    short_video = generate_video(
        osp.join(args.video_dir, f'long_{args.short_minutes:g}min_{tag}.mp4'),
        args.short_minutes * 60, size, args.fps)
    model = load_recognizer(args.config, args.checkpoint, args.device)
    detector = StreamingDetector(model, args.window, args.stride,
                                 args.batch_size)

    short, short_wall, short_samples = run_streaming(detector, short_video)
    result, wall, samples = run_streaming(detector, long_video)
    picked, naive_rows, naive_cost = run_naive(model, long_video,
                                               result.windows,
                                               args.naive_windows)
    max_diff = float(np.abs(naive_rows - result.scores[picked]).max())

    duration = result.duration
    length = result.windows[0].length
    stride1_windows = result.num_frames - length + 1
    naive_same = naive_cost * len(result.windows)
    naive_stride1 = naive_cost * stride1_windows
    rss = [s[1] for s in samples]
    # After the first tenth of the model calls (allocator warm-up), RSS
    # should neither grow nor depend on the video's length.
    steady = rss[max(1, len(rss) // 10):-1] or rss
    report = dict(
        machine=dict(cpus=os.cpu_count(), load=os.getloadavg(),
                     torch_threads=torch.get_num_threads(),
                     device=args.device),
        video=dict(path=long_video, duration_s=duration,
                   frames=result.num_frames, fps=result.fps, size=size),
        windows=dict(count=len(result.windows), length_frames=length,
                     stride_s=args.stride, batch_size=args.batch_size),
        detector=dict(wall_s=wall, video_s_per_s=duration / wall,
                      frames_decoded=result.stats['frames_decoded'],
                      frames_used=result.stats['frames_used'],
                      model_calls=result.stats['model_calls'],
                      peak_frames_held=result.stats['peak_frames_held']),
        naive_same_windows=dict(
            windows_timed=len(picked), s_per_window=naive_cost,
            wall_s_extrapolated=naive_same,
            video_s_per_s=duration / naive_same,
            max_abs_score_diff=max_diff),
        naive_stride1=dict(windows=stride1_windows,
                           wall_s_extrapolated=naive_stride1,
                           video_s_per_s=duration / naive_stride1),
        ratio_same_windows=naive_same / wall,
        ratio_stride1=naive_stride1 / wall,
        memory=dict(
            short_video_s=short.duration,
            short_peak_rss_mib=max(s[1] for s in short_samples),
            short_peak_frames_held=short.stats['peak_frames_held'],
            long_peak_rss_mib=max(rss),
            long_steady_rss_min_mib=min(steady),
            long_steady_rss_max_mib=max(steady),
            long_steady_rss_growth_mib=steady[-1] - steady[0],
            short_wall_s=short_wall))
    os.makedirs(args.out, exist_ok=True)
    with open(osp.join(args.out, 'results.json'), 'w') as f:
        json.dump(report, f, indent=2)
    plot_rss(osp.join(args.out, 'rss.png'), samples, duration)

    d, n1, m = report['detector'], report['naive_stride1'], report['memory']
    ns = report['naive_same_windows']
    print(f'\n{duration / 60:.1f} min video, {size[0]}x{size[1]}, '
          f'{len(result.windows)} windows of {args.window:g} s every '
          f'{args.stride:g} s; load average {os.getloadavg()[0]:.1f}\n')
    print('| path | wall (s) | video-s / wall-s | vs detector |')
    print('|---|---|---|---|')
    print(f'| streaming detector (batch {args.batch_size}) | {wall:.1f} | '
          f'{d["video_s_per_s"]:.1f} | 1x |')
    print(f'| naive, same {len(result.windows)} windows (extrapolated from '
          f'{len(picked)}) | {naive_same:.1f} | {ns["video_s_per_s"]:.2f} | '
          f'{report["ratio_same_windows"]:.1f}x slower |')
    print(f'| naive, stride 1 frame ({stride1_windows} windows, '
          f'extrapolated) | {naive_stride1:.0f} | {n1["video_s_per_s"]:.3f}'
          f' | {report["ratio_stride1"]:.0f}x slower |')
    print(f'\nscores, naive vs detector: max abs difference {max_diff:.2e}')
    print(f'peak RSS: {m["short_peak_rss_mib"]:.0f} MiB on '
          f'{m["short_video_s"] / 60:.0f} min, {m["long_peak_rss_mib"]:.0f} '
          f'MiB on {duration / 60:.0f} min; from 10% of the run to its last '
          f'batch {m["long_steady_rss_min_mib"]:.0f}-'
          f'{m["long_steady_rss_max_mib"]:.0f} MiB (growth '
          f'{m["long_steady_rss_growth_mib"]:+.1f} MiB); frames held at most '
          f'{d["peak_frames_held"]}')
    print(f'wrote {args.out}/results.json, {args.out}/rss.png')


if __name__ == '__main__':
    main()
