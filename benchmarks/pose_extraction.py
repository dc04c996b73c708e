"""Frames/s of pose extraction against decoding alone, in one run.

On the real clips of ``../shared/data/videos`` (or ``--videos``), measures:

* **decode only** (the baseline): decord reads every frame, one process,
  the same decoder settings as the extraction (one decoder thread,
  ``--max-side``);
* **extract, 1 worker**: :func:`mmaction_har.pose.extract_poses` with the
  default mediapipe backend, in this process, no cache;
* **extract, 2 workers**: the same with two worker processes (includes
  starting them: a fork server that imports the package once);
* with ``--pose-config``, **mmpose, N workers** as well: the MMPose
  top-down backend with that config (and ``--pose-checkpoint``; random
  weights without one, which run at the same speed), person boxes from
  ``--person-boxes``.

Frames/s is all frames divided by wall time. Prints a Markdown table with
the ratios to the baseline, the per-video detection rate and the machine's
load average; writes ``OUT/results.json`` and ``OUT/frames_per_second.png``.

Usage:
    python benchmarks/pose_extraction.py [--max-side 960] [--out DIR]
    python benchmarks/pose_extraction.py --workers 1 --pose-config \\
        $CONFIGS/body_2d_keypoint/rtmpose/coco/rtmpose-t_8xb256-420e_coco-256x192.py

(``CONFIGS``: the mmpose wheel's ``mmpose/.mim/configs``.)
"""
import argparse
import glob
import json
import os
import os.path as osp
import sys
import time

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..')
sys.path.insert(0, REPO_ROOT)


def parse_args(argv=None):
    shared = os.environ.get('HAR_SHARED_DATA',
                            osp.join(REPO_ROOT, '..', 'shared', 'data'))
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--videos', nargs='+', help='video files (default: all '
                   'of $HAR_SHARED_DATA/videos)')
    p.add_argument('--shared-data', default=shared)
    p.add_argument('--max-side', type=int, help='decode downscaled (e.g. '
                   '960 for the 1080p NTU clips)')
    p.add_argument('--workers', type=int, nargs='+', default=[1, 2])
    p.add_argument('--out', default='work_dirs/benchmarks/pose_extraction')
    p.add_argument('--pose-config', help='also run the mmpose backend with '
                   'this top-down config')
    p.add_argument('--pose-checkpoint', help='its weights (default: random)')
    p.add_argument('--person-boxes', default='track',
                   help='mmpose person boxes: track, frame or mediapipe')
    return p.parse_args(argv)


def backends(args):
    """``(run name, backend, options)`` of each backend to measure."""
    runs = [('mediapipe', 'mediapipe', {})]
    if args.pose_config:
        name = osp.splitext(osp.basename(args.pose_config))[0]
        runs.append((f'mmpose {name} ({args.person_boxes} boxes)', 'mmpose',
                     dict(config=args.pose_config,
                          checkpoint=args.pose_checkpoint,
                          boxes=args.person_boxes)))
    return runs


def decode_only(videos, max_side):
    """(frames, seconds) of decoding every frame of every video."""
    from mmaction_har.pose.video import iter_frames, open_video
    start, frames = time.perf_counter(), 0
    for video in videos:
        reader, _, _ = open_video(video, max_side)
        frames += sum(1 for _ in iter_frames(reader, video))
    return frames, time.perf_counter() - start


def plot(rows, path):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 3))
    names = [r['run'] for r in rows]
    ax.barh(names, [r['frames_per_second'] for r in rows], color='tab:blue')
    for i, r in enumerate(rows):
        ax.text(r['frames_per_second'], i, f" {r['frames_per_second']:.1f}",
                va='center')
    ax.set_xlim(0, 1.15 * max(r['frames_per_second'] for r in rows))
    ax.set_xlabel('frames / s')
    ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv=None):
    args = parse_args(argv)
    from mmaction_har.pose import VideoItem, extract_poses
    from mmaction_har.pose.extract import native_stderr_silenced
    videos = args.videos or sorted(
        glob.glob(osp.join(args.shared_data, 'videos', '*.*')))
    if not videos:
        sys.exit(f'error: no videos under {args.shared_data}/videos')
    root = osp.commonpath([osp.abspath(v) for v in videos])
    if osp.isfile(root):
        root = osp.dirname(root)
    items = [VideoItem(osp.relpath(osp.abspath(v), root), 0, None, v)
             for v in videos]
    load_before = os.getloadavg()
    frames, seconds = decode_only(videos, args.max_side)
    rows = [dict(run='decode only', frames=frames, seconds=seconds,
                 frames_per_second=frames / seconds)]
    rates = {}
    with native_stderr_silenced():
        for run, backend, options in backends(args):
            for workers in args.workers:
                result = extract_poses(items, root, backend, options,
                                       max_side=args.max_side,
                                       workers=workers, progress=False)
                if result.failed:
                    sys.exit(f'error: failed: {result.failed}')
                rows.append(dict(
                    run=f'{run}, {workers} worker'
                    f'{"s" if workers > 1 else ""}', frames=result.frames,
                    seconds=result.seconds,
                    frames_per_second=result.frames_per_second))
                rates.setdefault(run, {
                    k: s['detection_rate'] for k, s in result.stats.items()})
    load_after = os.getloadavg()
    base = rows[0]['frames_per_second']
    print(f'videos: {len(videos)}, frames: {frames}, max_side: '
          f'{args.max_side}, cpus: {os.cpu_count()}, load average (1 min) '
          f'before/after: {load_before[0]:.1f}/{load_after[0]:.1f}\n')
    print('| run | frames | wall s | frames/s | vs decode only |')
    print('|---|---|---|---|---|')
    for r in rows:
        print(f"| {r['run']} | {r['frames']} | {r['seconds']:.1f} | "
              f"{r['frames_per_second']:.1f} | "
              f"{r['frames_per_second'] / base:.2f}x |")
    print('\n| video | ' + ' | '.join(f'detection rate, {run}'
                                      for run in rates) + ' |')
    print('|---|' + '---|' * len(rates))
    for name in next(iter(rates.values())):
        print(f'| {name} | ' + ' | '.join(
            f'{100 * r[name]:.1f}%' for r in rates.values()) + ' |')
    os.makedirs(args.out, exist_ok=True)
    with open(osp.join(args.out, 'results.json'), 'w') as f:
        json.dump(dict(rows=rows, detection_rate=rates, max_side=args.max_side,
                       load_before=load_before, load_after=load_after,
                       videos=videos), f, indent=2)
    plot(rows, osp.join(args.out, 'frames_per_second.png'))
    print(f'\nwrote {args.out}/results.json, frames_per_second.png')


if __name__ == '__main__':
    main()
