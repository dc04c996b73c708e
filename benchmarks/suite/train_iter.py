"""One training iteration of the demo PoseC3D config (data + forward +
backward + optimizer step, data loaded in the same process) with
MMAction2's heatmaps, the config's ``FastGeneratePoseTarget`` and heatmaps
rendered by ``HeatmapDataPreprocessor`` (on the CPU here). Timed in CPU
seconds of the process (one torch thread, no workers)."""
import itertools

from .common import DEMO_POSEC3D, cpu_clock, pose_pickle, ratio, seeded

MODES = ('mmaction', 'cpu', 'device')


def demo_config(ctx, mode, ann_file):
    """The demo config on the benchmark's pose pickle, in one mode."""
    from mmaction_har.config import load_config
    options = dict(pose_heatmaps=mode)
    for split in ('train', 'val', 'test'):
        options[f'{split}_dataloader.dataset.ann_file'] = ann_file
        options[f'{split}_dataloader.dataset.split'] = 'train'
    options['train_dataloader.num_workers'] = 0
    options['train_dataloader.persistent_workers'] = False
    cfg = load_config(DEMO_POSEC3D, options)
    if ctx.quick:
        from mmaction_har.testing import shrink_config
        cfg = shrink_config(cfg)
    return cfg


def iteration_seconds(cfg, warmup, iterations, repeats):
    """Per-iteration CPU seconds of ``repeats`` blocks of ``iterations``."""
    from mmaction.registry import DATASETS, MODELS
    from mmengine.dataset import pseudo_collate
    from mmengine.optim import build_optim_wrapper
    from mmengine.registry import init_default_scope
    from torch.utils.data import DataLoader
    init_default_scope('mmaction')
    seeded(0)
    loader_cfg = cfg.train_dataloader
    dataset = DATASETS.build(loader_cfg.dataset)
    loader = DataLoader(dataset, batch_size=loader_cfg.batch_size,
                        shuffle=True, collate_fn=pseudo_collate,
                        num_workers=0)
    batches = itertools.chain.from_iterable(itertools.repeat(loader))
    model = MODELS.build(cfg.model)
    model.train()
    optim = build_optim_wrapper(model, cfg.optim_wrapper)
    for _ in range(warmup):
        model.train_step(next(batches), optim)
    seconds = []
    for _ in range(repeats):
        start = cpu_clock()
        for _ in range(iterations):
            model.train_step(next(batches), optim)
        seconds.append((cpu_clock() - start) / iterations)
    return seconds


def run(ctx):
    import statistics
    ann_file = pose_pickle(ctx, ctx.size(64, 8), num_classes=6)
    iterations = ctx.size(5, 1)
    per_iter = {}
    for mode in MODES:
        ctx.log(f'train iteration: {mode}')
        cfg = demo_config(ctx, mode, ann_file)
        per_iter[mode] = statistics.median(
            iteration_seconds(cfg, 1, iterations, ctx.repeats))
    return dict(
        config='configs/posec3d/demo.py', batch_size=ctx.size(8, 2),
        iterations=iterations, stock_s=per_iter['mmaction'],
        ours_s=per_iter['cpu'], device_s=per_iter['device'],
        speedup_vs_stock=ratio(per_iter['mmaction'], per_iter['cpu']),
        device_speedup_vs_stock=ratio(per_iter['mmaction'],
                                      per_iter['device']))
