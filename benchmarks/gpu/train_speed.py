"""PoseC3D training speed on one GPU: where do PoseC3D heatmaps belong?

Trains MMAction2's full-size PoseC3D recipe (SlowOnly-R50, 48 frames,
56x56, 17 keypoints, batch 16; ``skeleton/posec3d/slowonly_r50_8xb16-u48-
240e_ntu60-xsub-keypoint``) on synthetic moving COCO-17 figures, for a few
seconds in each of six settings: heatmaps made by MMAction2's
``GeneratePoseTarget`` in the workers (``mmaction``), by
``FastGeneratePoseTarget`` in the workers (``cpu``) or on the GPU by
``HeatmapDataPreprocessor`` (``device``), each with AMP off and on.
Reports samples/s, the share of each iteration spent waiting for data
(``data_time``) and the GPU utilisation sampled with ``nvidia-smi``.

    python benchmarks/gpu/train_speed.py [--smoke] [--out DIR]

``--smoke`` runs the same logic on the CPU with tiny sizes (AMP skipped).
Writes ``DIR/gpu_pipeline.json`` (``DIR`` defaults to ``$OUT``).
"""
import argparse
import copy
import itertools
import json
import os
import os.path as osp
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

MODES = ('mmaction', 'cpu', 'device')


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--smoke', action='store_true',
                   help='CPU, tiny sizes: checks the logic only')
    p.add_argument('--out', default=os.environ.get(
        'OUT', osp.join(REPO, 'work_dirs', 'benchmarks', 'gpu')))
    p.add_argument('--workers', type=int, default=8)
    p.add_argument('--batch-size', type=int, default=16)
    p.add_argument('--seconds', type=float, default=12.0,
                   help='timed seconds per setting (after the warm-up)')
    p.add_argument('--warmup', type=int, default=5,
                   help='untimed iterations per setting')
    p.add_argument('--modes', nargs='+', default=list(MODES),
                   choices=MODES)
    p.add_argument('--amp', nargs='+', default=['off', 'on'],
                   choices=['off', 'on'])
    return p.parse_args(argv)


def write_poses(path, count, frames):
    from mmaction_har.testing.pose_samples import synthetic_people
    anns = synthetic_people(count, frames=frames)
    with open(path, 'wb') as f:
        pickle.dump(dict(split=dict(xsub_train=[a['frame_dir']
                                                for a in anns]),
                         annotations=anns), f)


def recipe(args, ann_file, mode, amp):
    """The recipe's config on the synthetic poses, in one setting."""
    from benchmarks.suite.common import recipe_config
    from mmaction_har.config.pose_heatmaps import apply_pose_heatmaps
    cfg = recipe_config()
    pipeline = copy.deepcopy(cfg.train_pipeline)
    if args.smoke:
        from mmaction_har.testing import shrink_model, shrink_pipeline
        pipeline = shrink_pipeline(pipeline, clip_len=8, size=16)
        cfg.model = shrink_model(cfg.model)
    loader = cfg.train_dataloader
    loader.dataset = dict(type='PoseDataset', ann_file=ann_file,
                          split='xsub_train', pipeline=pipeline)
    loader.batch_size = args.batch_size
    loader.num_workers = args.workers
    cfg.pose_heatmaps = mode
    if amp:
        cfg.optim_wrapper = dict(cfg.optim_wrapper, type='AmpOptimWrapper',
                                 loss_scale='dynamic')
    return apply_pose_heatmaps(cfg)


class GpuSampler:
    """``nvidia-smi`` utilisation samples while a phase runs (if present)."""

    def __init__(self, cuda):
        self.proc = None
        exe = shutil.which('nvidia-smi') if cuda else None
        if exe:
            self.proc = subprocess.Popen(
                [exe, '--query-gpu=utilization.gpu', '--format=csv,noheader,'
                 'nounits', '-lms', '200', '-i', '0'],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def stop(self):
        if self.proc is None:
            return None
        self.proc.terminate()
        out, _ = self.proc.communicate()
        values = [float(v) for v in out.split() if v.strip().isdigit()]
        return statistics.mean(values) if values else None


def train_phase(cfg, args, device):
    """Train for ``args.seconds``; returns the phase's measurements."""
    import torch
    from mmaction.registry import DATASETS, MODELS
    from mmengine.dataset import pseudo_collate
    from mmengine.optim import build_optim_wrapper
    from mmengine.registry import init_default_scope
    from torch.utils.data import DataLoader
    init_default_scope('mmaction')
    loader_cfg = cfg.train_dataloader
    dataset = DATASETS.build(loader_cfg.dataset)
    loader = DataLoader(
        dataset, batch_size=loader_cfg.batch_size, shuffle=True,
        num_workers=loader_cfg.num_workers, collate_fn=pseudo_collate,
        persistent_workers=loader_cfg.num_workers > 0, drop_last=True,
        pin_memory=device == 'cuda')
    batches = itertools.chain.from_iterable(itertools.repeat(loader))
    model = MODELS.build(cfg.model).to(device)
    model.train()
    optim = build_optim_wrapper(model, cfg.optim_wrapper)
    sync = torch.cuda.synchronize if device == 'cuda' else (lambda: None)
    for _ in range(args.warmup):
        model.train_step(next(batches), optim)
    sync()
    sampler = GpuSampler(device == 'cuda')
    data_s, iter_s = [], []
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds or len(iter_s) < 2:
        t0 = time.perf_counter()
        data = next(batches)
        t1 = time.perf_counter()
        model.train_step(data, optim)
        sync()
        data_s.append(t1 - t0)
        iter_s.append(time.perf_counter() - t0)
    utilisation = sampler.stop()
    total = sum(iter_s)
    return dict(
        iterations=len(iter_s),
        samples_per_s=loader_cfg.batch_size * len(iter_s) / total,
        iter_s_median=statistics.median(iter_s),
        data_time_share=sum(data_s) / total,
        data_time_median_s=statistics.median(data_s),
        gpu_utilisation_percent=utilisation)


def environment(device):
    import numpy
    import torch
    env = dict(python=sys.version.split()[0], torch=torch.__version__,
               numpy=numpy.__version__, cpus=os.cpu_count(), device=device)
    if device == 'cuda':
        env['gpu'] = torch.cuda.get_device_name(0)
    return env


def table(phases):
    lines = ['| heatmaps | AMP | samples/s | vs mmaction | data_time share '
             '| GPU util |', '|---|---|---:|---:|---:|---:|']
    for p in phases:
        if 'skipped' in p:
            lines.append(f'| {p["mode"]} | {p["amp"]} | skipped: '
                         f'{p["skipped"]} | | | |')
            continue
        base = next((q for q in phases if q['mode'] == 'mmaction'
                     and q['amp'] == p['amp'] and 'samples_per_s' in q),
                    None)
        rel = (f'{p["samples_per_s"] / base["samples_per_s"]:.2f}x'
               if base else '')
        util = p['gpu_utilisation_percent']
        lines.append(
            f'| {p["mode"]} | {p["amp"]} | {p["samples_per_s"]:.1f} | {rel}'
            f' | {100 * p["data_time_share"]:.0f}% | '
            f'{"n/a" if util is None else f"{util:.0f}%"} |')
    return '\n'.join(lines)


def main(argv=None):
    args = parse_args(argv)
    import torch

    import mmaction_har  # noqa: F401 (compat fixes, registrations)
    device = 'cuda' if torch.cuda.is_available() and not args.smoke \
        else 'cpu'
    if args.smoke:
        args.workers = min(args.workers, 2)
        args.batch_size = min(args.batch_size, 2)
        args.seconds, args.warmup = min(args.seconds, 1.0), 1
    torch.backends.cudnn.benchmark = device == 'cuda'
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix='har_gpu_bench_')
    ann_file = osp.join(work, 'synthetic_poses.pkl')
    write_poses(ann_file, 16 if args.smoke else 512, 100)
    phases = []
    report = dict(environment=environment(device), smoke=args.smoke,
                  workers=args.workers, batch_size=args.batch_size,
                  seconds_per_phase=args.seconds, phases=phases)
    path = osp.join(args.out, 'gpu_pipeline.json')
    for amp, mode in itertools.product(args.amp, args.modes):
        phase = dict(mode=mode, amp=amp)
        if amp == 'on' and device != 'cuda':
            phase['skipped'] = 'AMP needs CUDA'
        else:
            print(f'== heatmaps {mode}, AMP {amp}', flush=True)
            phase.update(train_phase(recipe(args, ann_file, mode,
                                            amp == 'on'), args, device))
            print(json.dumps(phase), flush=True)
        phases.append(phase)
        with open(path, 'w') as f:  # after each phase: survives a timeout
            json.dump(report, f, indent=2)
    shutil.rmtree(work, ignore_errors=True)
    print(table(phases))
    print(f'wrote {path}')
    return report


if __name__ == '__main__':
    main()
