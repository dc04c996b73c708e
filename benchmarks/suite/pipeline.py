"""The whole PoseC3D train pipeline (the recipe's, on Penn Action keypoints
in a PoseDataset) through a DataLoader with 0 and 2 workers: samples/s with
MMAction2's heatmaps, with ``FastGeneratePoseTarget`` and with keypoints
shipped to ``HeatmapDataPreprocessor`` (rendered here on the CPU, in the
main process, and counted). Wall time: the workers run in other
processes."""
import copy
import itertools
import time

from .common import median_rate, pose_pickle, ratio, recipe_config

MODES = ('mmaction', 'cpu', 'device')


class _Forever:
    """Sample indices 0, 1, ..., n - 1, 0, 1, ... (no end)."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return (i % self.n for i in itertools.count())


def _loader(pipeline, ann_file, workers, batch_size):
    from mmaction.registry import DATASETS
    from mmengine.dataset import pseudo_collate
    from mmengine.registry import init_default_scope
    from torch.utils.data import DataLoader
    init_default_scope('mmaction')
    dataset = DATASETS.build(dict(type='PoseDataset', ann_file=ann_file,
                                  split='train', pipeline=pipeline))
    return DataLoader(dataset, batch_size=batch_size, num_workers=workers,
                      sampler=_Forever(len(dataset)),
                      collate_fn=pseudo_collate,
                      persistent_workers=workers > 0)


def _throughput(ctx, loader, mode, batches):
    from mmaction_har.models import HeatmapDataPreprocessor
    it = iter(loader)
    next(it)  # worker start-up and first batch: not timed
    seconds = []
    for _ in range(ctx.repeats):
        start = time.perf_counter()
        for _ in range(batches):
            data = next(it)
            if mode == 'device':
                HeatmapDataPreprocessor.render(data['inputs'],
                                               data['data_samples'])
        seconds.append(time.perf_counter() - start)
    del it
    return seconds


def run(ctx):
    from mmaction_har.config.pose_heatmaps import convert_pipeline
    cfg = recipe_config()
    pipeline = copy.deepcopy(cfg.train_pipeline)
    if ctx.quick:
        pipeline[0]['clip_len'] = 8
    ann_file = pose_pickle(ctx, ctx.size(64, 8), num_classes=60)
    batch_size, batches = ctx.size(8, 2), ctx.size(6, 1)
    out = {}
    for workers in (0, 2):
        sps = {}
        for mode in MODES:
            loader = _loader(convert_pipeline(pipeline, mode), ann_file,
                             workers, batch_size)
            ctx.log(f'pipeline: {mode}, {workers} workers')
            sps[mode] = median_rate(batch_size * batches,
                                    _throughput(ctx, loader, mode, batches))
        out[f'workers_{workers}'] = dict(
            batch_size=batch_size, batches=batches,
            stock_samples_per_s=sps['mmaction'],
            ours_samples_per_s=sps['cpu'],
            device_samples_per_s=sps['device'],
            speedup_vs_stock=ratio(sps['cpu'], sps['mmaction']),
            device_speedup_vs_stock=ratio(sps['device'], sps['mmaction']))
    return out
