"""Training samples/s and peak GPU memory of each family's main config.

For every family's BAST-base config (the unsuffixed recipe: I3D, SlowOnly,
SlowFast, R(2+1)D, CSN, TIN, PoseC3D) the config's own train pipeline runs
once on a synthetic sample (a generated 340x256 video, or moving COCO-17
figures for PoseC3D) to get the model's real input shape; the model then
trains for a few iterations at the config's per-GPU batch size on that
input repeated. So the numbers are the model's side of training (forward,
backward, optimizer step; fp32 as upstream), not data loading
(``pipeline.sh`` measures that for PoseC3D).

    python benchmarks/gpu/family_speed.py [--smoke] [--out DIR]

``--smoke`` runs on the CPU with shrunk models and batch 2 (logic only).
Writes ``DIR/gpu_families.json`` (``DIR`` defaults to ``$OUT``).
"""
import argparse
import json
import os
import os.path as osp
import sys
import tempfile
import time

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

FAMILIES = ('i3d', 'slowonly', 'slowfast', 'r2plus1d', 'csn', 'tin',
            'posec3d')


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--smoke', action='store_true',
                   help='CPU, shrunk models: checks the logic only')
    p.add_argument('--out', default=os.environ.get(
        'OUT', osp.join(REPO, 'work_dirs', 'benchmarks', 'gpu')))
    p.add_argument('--families', nargs='+', default=list(FAMILIES),
                   choices=FAMILIES)
    p.add_argument('--iters', type=int, default=8,
                   help='timed iterations per family (after 3 warm-up)')
    return p.parse_args(argv)


def write_video(path, frames=80, size=(340, 256)):
    """A moving-bar video, enough for any RGB sampling of the zoo."""
    import cv2
    import numpy as np
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*'mp4v'), 25,
                             size)
    for i in range(frames):
        img = np.full((size[1], size[0], 3), 40, np.uint8)
        x = (7 * i) % size[0]
        img[:, x:x + 20] = (200, 120, 40)
        writer.write(img)
    writer.release()


def sample_input(cfg, video):
    """The train pipeline's packed output on one synthetic sample."""
    from mmengine.dataset import Compose as MMCompose
    from mmengine.registry import init_default_scope
    init_default_scope('mmaction')
    from mmaction_har.config import dataset_cfgs
    (dataset, ) = dataset_cfgs(cfg.train_dataloader.dataset)
    if cfg.model.backbone.get('in_channels') in (13, 17):
        from mmaction_har.testing.pose_samples import synthetic_people
        sample = dict(synthetic_people(1, frames=100)[0], start_index=0,
                      modality='Pose')
    else:
        sample = dict(filename=video, label=0, start_index=0,
                      modality='RGB')
    return MMCompose(dataset['pipeline'])(sample)


def family_config(family, smoke):
    from mmaction_har.config import load_config
    cfg = load_config(osp.join(REPO, 'configs', family, 'bast_base.py'))
    if 'pretrained' in cfg.model.backbone:  # offline: random weights
        cfg.model.backbone.pretrained = None
    cfg.load_from = None
    if smoke:
        from mmaction_har.testing import shrink_config
        cfg = shrink_config(cfg)
    return cfg


def measure(family, args, video, device):
    import torch
    from mmaction.registry import MODELS
    from mmengine.optim import build_optim_wrapper
    cfg = family_config(family, args.smoke)
    packed = sample_input(cfg, video)
    batch = 2 if args.smoke else cfg.train_dataloader.batch_size
    data = dict(inputs=[packed['inputs']] * batch,
                data_samples=[packed['data_samples']] * batch)
    model = MODELS.build(cfg.model).to(device)
    model.train()
    optim = build_optim_wrapper(model, cfg.optim_wrapper)
    sync = torch.cuda.synchronize if device == 'cuda' else (lambda: None)
    for _ in range(3):
        model.train_step(data, optim)
    sync()
    if device == 'cuda':
        torch.cuda.reset_peak_memory_stats()
    start = time.perf_counter()
    for _ in range(args.iters):
        model.train_step(data, optim)
    sync()
    seconds = time.perf_counter() - start
    peak = (torch.cuda.max_memory_allocated() / 2 ** 30
            if device == 'cuda' else None)
    return dict(family=family, config=f'configs/{family}/bast_base.py',
                input_shape=list(packed['inputs'].shape), batch_size=batch,
                samples_per_s=batch * args.iters / seconds,
                iter_s=seconds / args.iters, peak_memory_gib=peak)


def main(argv=None):
    args = parse_args(argv)
    import torch

    import mmaction_har  # noqa: F401 (compat fixes, registrations)
    device = 'cuda' if torch.cuda.is_available() and not args.smoke \
        else 'cpu'
    torch.backends.cudnn.benchmark = device == 'cuda'
    os.makedirs(args.out, exist_ok=True)
    video = osp.join(tempfile.mkdtemp(prefix='har_family_'), 'clip.mp4')
    write_video(video)
    rows = []
    report = dict(device=torch.cuda.get_device_name(0)
                  if device == 'cuda' else 'cpu', torch=torch.__version__,
                  smoke=args.smoke, families=rows)
    path = osp.join(args.out, 'gpu_families.json')
    for family in args.families:
        try:
            row = measure(family, args, video, device)
        except Exception as err:  # one family's failure must not hide others
            row = dict(family=family, error=f'{type(err).__name__}: {err}')
        print(json.dumps(row), flush=True)
        rows.append(row)
        with open(path, 'w') as f:
            json.dump(report, f, indent=2)
        if device == 'cuda':
            torch.cuda.empty_cache()
    print(f'wrote {path}')
    return report


if __name__ == '__main__':
    main()
