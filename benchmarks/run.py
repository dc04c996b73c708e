"""This project against stock MMAction2, in one run, as ratios.

    python benchmarks/run.py [--quick] [--only heatmaps pipeline ...]

Sections (each number the median of ``--repeats`` >= 3 repeats, all in one
process tree on one machine, so the ratios hold even where the absolute
times do not; single-process measurements count CPU seconds, which other
jobs barely change, the DataLoader and detector ones wall seconds):

* ``heatmaps``: PoseC3D heatmap generation, samples/s of MMAction2's
  ``GeneratePoseTarget`` and of ``FastGeneratePoseTarget`` on the recipe's
  train (keypoints, limbs) and test (10 clips, ``double``) inputs, and the
  memory-write bound of the output;
* ``pipeline``: the recipe's whole train pipeline, samples/s with 0 and 2
  DataLoader workers (stock, fast CPU heatmaps, device heatmaps);
* ``train_iter``: a train iteration of ``configs/posec3d/demo.py`` (data,
  forward, backward, step), stock heatmaps against ours;
* ``plugin``: what ``import mmaction_har`` adds to a stock MMAction2 train
  iteration (two fresh processes);
* ``detector``: the long-video detector against the same windows decoded
  one by one, on a 10-minute 320x240 video, and its time outside the model.

Needs the shared real data (Penn Action labels, UCF101 clips): ``--data``
or ``$HAR_SHARED_DATA`` (default ``../shared/data``). Writes
``benchmarks/results/<date>-<machine>.json`` and prints the ratios. About
6-9 minutes on a 2-core CPU; ``--quick`` is a smoke run of the plumbing
(tiny sizes, numbers meaningless).
"""
import argparse
import datetime
import json
import os
import os.path as osp
import platform
import re
import subprocess
import sys
import time

REPO = osp.dirname(osp.dirname(osp.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

from benchmarks.suite import (detector, heatmaps, pipeline,  # noqa: E402
                              plugin, train_iter)
from benchmarks.suite.common import Context  # noqa: E402

SECTIONS = dict(heatmaps=heatmaps, pipeline=pipeline, train_iter=train_iter,
                plugin=plugin, detector=detector)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--quick', action='store_true',
                   help='tiny sizes: checks the plumbing, not speeds')
    p.add_argument('--only', nargs='+', choices=sorted(SECTIONS),
                   help='run these sections only')
    p.add_argument('--repeats', type=int, default=3,
                   help='repeats per measurement, medians reported (>= 3)')
    p.add_argument('--threads', type=int, default=1,
                   help='torch threads (default 1)')
    p.add_argument('--data', default=os.environ.get(
        'HAR_SHARED_DATA', osp.join(osp.dirname(REPO), 'shared', 'data')),
        help='shared real data (Penn Action, UCF101)')
    p.add_argument('--work', default=osp.join(REPO, 'work_dirs',
                                              'benchmarks'),
                   help='generated inputs, kept between runs')
    p.add_argument('--out', default=osp.join(REPO, 'benchmarks', 'results'),
                   help='folder of the result JSON')
    args = p.parse_args(argv)
    if args.repeats < 3:
        p.error('--repeats must be at least 3 (medians of >= 3 repeats)')
    return args


def _machine():
    name = re.sub(r'[^A-Za-z0-9_.-]+', '-', platform.node() or 'machine')
    cpu = ''
    try:
        with open('/proc/cpuinfo') as f:
            cpu = next((ln.split(':', 1)[1].strip() for ln in f
                        if ln.startswith('model name')), '')
    except OSError:
        pass
    return name, dict(host=name, cpus=os.cpu_count(), cpu=cpu,
                      python=platform.python_version(),
                      load_average_start=os.getloadavg())


def _commit():
    try:
        return subprocess.run(['git', 'rev-parse', '--short', 'HEAD'],
                              cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def summary(report):
    """Markdown table of the ratios (ours relative to stock)."""
    rows = []
    for name, r in report.get('heatmaps', {}).items():
        rows.append((f'heatmaps, {name}: samples/s vs MMAction2',
                     f'{r["speedup_vs_stock"]:.1f}x'))
        rows.append((f'heatmaps, {name}: time vs memory-write bound',
                     f'{r["time_vs_bound"]:.2f}x'))
    both = []
    for name, r in report.get('pipeline', {}).items():
        both.append((f'train pipeline, {name.split("_")[1]} workers: '
                     'samples/s', r))
    if 'train_iter' in report:
        both.append(('demo PoseC3D train iteration: speed',
                     report['train_iter']))
    for what, r in both:
        rows.append((f'{what} vs MMAction2 (fast CPU / device heatmaps)',
                     f'{r["speedup_vs_stock"]:.2f}x / '
                     f'{r["device_speedup_vs_stock"]:.2f}x'))
    if 'plugin' in report:
        r = report['plugin']
        rows.append(('`import mmaction_har`: added to a stock train '
                     'iteration', f'{100 * r["overhead"]:+.1f}%'))
    if 'detector' in report:
        r = report['detector']
        rows.append(('long-video detector: speed vs same windows one by '
                     'one', f'{r["speedup_vs_naive"]:.1f}x'))
        rows.append(('long-video detector: wall time outside the model',
                     f'{100 * r["outside_model_share"]:.0f}%'))
    lines = ['| measure | ratio |', '|---|---:|']
    lines += [f'| {a} | {b} |' for a, b in rows]
    return '\n'.join(lines)


def main(argv=None):
    args = parse_args(argv)
    import torch
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    host, machine = _machine()
    ctx = Context(quick=args.quick, repeats=args.repeats, data=args.data,
                  work=args.work, threads=args.threads,
                  log=lambda msg: print(f'[{time.perf_counter() - start:6.1f}'
                                        f' s] {msg}', flush=True))
    if not osp.isdir(args.data):
        sys.exit(f'error: shared data folder not found: {args.data} (set '
                 '--data or HAR_SHARED_DATA)')
    report = dict(date=datetime.date.today().isoformat(), commit=_commit(),
                  quick=args.quick, repeats=args.repeats,
                  torch_threads=args.threads, machine=machine)
    for name in args.only or SECTIONS:
        ctx.log(f'== {name}')
        report[name] = SECTIONS[name].run(ctx)
    report['machine']['load_average_end'] = os.getloadavg()
    report['wall_s'] = time.perf_counter() - start
    os.makedirs(args.out, exist_ok=True)
    suffix = '-quick' if args.quick else ''
    path = osp.join(args.out, f'{report["date"]}-{host}{suffix}.json')
    with open(path + '.tmp', 'w') as f:
        json.dump(report, f, indent=2)
    os.replace(path + '.tmp', path)
    print()
    print(summary(report))
    print(f'\n{report["wall_s"] / 60:.1f} min; wrote {path}')
    return report


if __name__ == '__main__':
    main()
