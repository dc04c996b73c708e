"""Tiny random recognizers saved as checkpoints, and generated videos."""
import os.path as osp

import numpy as np
import torch

from ..conftest import REPO

SLOWONLY = osp.join(REPO, 'configs', 'slowonly', 'demo.py')
POSEC3D = osp.join(REPO, 'configs', 'posec3d', 'demo.py')
CLASSES = ['walking', 'jogging', 'running', 'boxing', 'handwaving',
           'handclapping']


def save_random_checkpoint(config, path, seed=0):
    """Build ``config``'s model with seeded random weights and save it."""
    import mmaction_har  # noqa: F401
    from mmaction.registry import MODELS
    from mmaction_har.config import load_config
    from mmengine.registry import init_default_scope
    cfg = load_config(config)
    init_default_scope('mmaction')
    torch.manual_seed(seed)
    model = MODELS.build(cfg.model)
    # Non-trivial BN statistics, so that a missed load would show.
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm3d):
            m.running_mean.uniform_(-0.1, 0.1)
            m.running_var.uniform_(0.5, 1.5)
    torch.save(dict(state_dict=model.state_dict(), meta=dict(seed=seed)),
               path)
    return model.state_dict()


def write_classes(path, names=CLASSES):
    path.write_text('\n'.join(names) + '\n')
    return str(path)


def write_video(path, num_frames, size=(64, 48), fps=25, seed=0):
    """A video of moving noise (mp4v), so windows differ.

    (decord 0.6.0 decodes some sizes, e.g. 48x32, as 4-channel frames.)
    """
    import cv2
    rng = np.random.default_rng(seed)
    w, h = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*'mp4v'), fps,
                             (w, h))
    base = rng.integers(0, 255, (h, w, 3), dtype=np.uint8)
    for i in range(num_frames):
        frame = np.roll(base, i % w, axis=1)
        frame[:, :, (i // fps) % 3] = (i * 7) % 255
        writer.write(frame)
    writer.release()
    return str(path)
