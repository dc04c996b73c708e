"""Heatmap generation alone: MMAction2's ``GeneratePoseTarget``, ours, and
the memory-write bound, on real keypoints (Penn Action in COCO-17 order)
after the recipe's train / test transforms.

The bound allocates an array of the output's shape and fills it, in the
same loop and with the same object lifetimes as the transforms (each
output lives until the next one exists), so it pays the same allocator and
page-fault costs: no transform that returns that array can be faster.
All in CPU seconds of this process.
"""
import numpy as np

from .common import (build_transforms, median_rate, ratio, recipe_config,
                     split_at_heatmaps, states, timed)

#: name -> (recipe pipeline, changes to its heatmap step)
CASES = {
    'train': ('train_pipeline', {}),
    'train_limb': ('train_pipeline', dict(with_kp=False, with_limb=True)),
    'test': ('test_pipeline', {}),  # the recipe's 10 clips with double
}


def _loop(transform, samples):
    def go():
        out = None
        for results in samples:
            out = transform(dict(results))  # noqa: F841 (kept alive)
    return go


def _bound(shapes):
    def go():
        out = None
        for shape in shapes:
            out = np.empty(shape, np.float32)
            out.fill(1.)
        return out
    return go


def run(ctx):
    cfg = recipe_config()
    out = {}
    for name, (key, change) in CASES.items():
        before, target = split_at_heatmaps(cfg[key])
        if ctx.quick:
            for t in before:
                if t['type'] == 'UniformSampleFrames':
                    t.update(clip_len=8, num_clips=min(t.get('num_clips',
                                                             1), 2))
        count = ctx.size(24 if name != 'test' else 4, 2)
        samples = states(ctx, before, count)
        stock, ours = build_transforms([
            dict(target, **change),
            dict(target, **change, type='FastGeneratePoseTarget')])
        shapes = [ours(dict(s))['imgs'].shape for s in samples]
        ctx.log(f'heatmaps {name}: {count} samples of {shapes[0]}')
        sps = {
            'stock': median_rate(count, timed(_loop(stock, samples),
                                              ctx.repeats)),
            'ours': median_rate(count, timed(_loop(ours, samples),
                                             ctx.repeats)),
            'bound': median_rate(count, timed(_bound(shapes), ctx.repeats)),
        }
        out[name] = dict(
            samples=count, output_shape=list(shapes[0]),
            stock_samples_per_s=sps['stock'], ours_samples_per_s=sps['ours'],
            bound_samples_per_s=sps['bound'],
            speedup_vs_stock=ratio(sps['ours'], sps['stock']),
            time_vs_bound=ratio(sps['bound'], sps['ours']))
    return out
