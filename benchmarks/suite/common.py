"""What the benchmark sections share: settings, timing, data, configs."""
import copy
import os
import os.path as osp
import pickle
import statistics
import time
from dataclasses import dataclass, field

import numpy as np

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
#: MMAction2's PoseC3D recipe (NTU60 x-sub keypoints): the stock pipelines.
RECIPE = 'skeleton/posec3d/slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint.py'
DEMO_POSEC3D = osp.join(REPO, 'configs', 'posec3d', 'demo.py')
DEMO_SLOWONLY = osp.join(REPO, 'configs', 'slowonly', 'demo.py')


@dataclass
class Context:
    """Settings of one benchmark run.

    Attributes:
        quick (bool): Tiny sizes (a smoke run; numbers mean nothing).
        repeats (int): Repeats per measurement (medians are reported).
        data (str): The shared real-data folder (Penn Action, UCF101).
        work (str): Where generated inputs are kept between runs.
        threads (int): torch threads.
        log (callable): Prints a progress line.
    """
    quick: bool
    repeats: int
    data: str
    work: str
    threads: int = 1
    log: callable = print
    cache: dict = field(default_factory=dict)

    def size(self, full, quick):
        return quick if self.quick else full


def median_rate(count, seconds):
    """Median of ``count / s`` over the repeats' durations ``seconds``."""
    return statistics.median(count / s for s in seconds)


#: The clock of single-process measurements: this process's CPU time
#: (all its threads), which other jobs on a shared machine barely change.
#: Measurements with DataLoader workers use wall time.
cpu_clock = time.process_time


def timed(fn, repeats, clock=cpu_clock):
    """Durations (s) of ``repeats`` calls of ``fn``."""
    out = []
    for _ in range(repeats):
        start = clock()
        fn()
        out.append(clock() - start)
    return out


def recipe_config():
    """MMAction2's PoseC3D NTU60 keypoint config, from the installed wheel."""
    import mmaction
    from mmengine.config import Config
    path = osp.join(osp.dirname(mmaction.__file__), '.mim', 'configs',
                    RECIPE)
    return Config.fromfile(path)


def split_at_heatmaps(pipeline):
    """(transforms before the heatmap step, the heatmap step's config)."""
    types = [t['type'] for t in pipeline]
    i = types.index('GeneratePoseTarget')
    return [dict(t) for t in pipeline[:i]], dict(pipeline[i])


def penn_coco17(ctx, count):
    """``count`` real Penn Action sequences in COCO-17 order (cached)."""
    from mmaction_har.testing.pose_samples import (penn_annotations,
                                                   penn_to_coco17)
    key = ('penn', count)
    if key not in ctx.cache:
        labels = osp.join(ctx.data, 'penn_action', 'labels')
        anns = penn_annotations(labels, count, step=max(1, 2300 // count))
        ctx.cache[key] = [penn_to_coco17(a) for a in anns]
    return ctx.cache[key]


def pose_pickle(ctx, count, num_classes):
    """A PoseDataset pickle of Penn Action sequences (COCO-17), labels
    spread over ``num_classes``; returns its path."""
    path = osp.join(ctx.work, f'penn_coco17_{count}_{num_classes}cls.pkl')
    if not osp.isfile(path):
        anns = copy.deepcopy(penn_coco17(ctx, count))
        for i, ann in enumerate(anns):
            ann['label'] = i % num_classes
        os.makedirs(ctx.work, exist_ok=True)
        with open(path + '.tmp', 'wb') as f:
            pickle.dump(dict(split=dict(train=[a['frame_dir'] for a in anns]),
                             annotations=anns), f)
        os.replace(path + '.tmp', path)
    return path


def build_transforms(cfgs):
    from mmaction.registry import TRANSFORMS
    from mmengine.registry import init_default_scope
    init_default_scope('mmaction')
    return [TRANSFORMS.build(copy.deepcopy(t)) for t in cfgs]


def states(ctx, pipeline, count, seed=0):
    """Penn Action samples after ``pipeline`` (the steps before heatmaps)."""
    from mmaction_har.testing.pose_samples import run_transforms
    return run_transforms(penn_coco17(ctx, count), build_transforms(pipeline),
                          seed)


def ratio(a, b):
    return float(a) / float(b) if b else float('nan')


def seeded(seed=0):
    import random

    import torch
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
