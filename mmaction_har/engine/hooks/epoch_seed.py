"""Reseed every random generator at the start of each training epoch.

mmengine seeds the generators once, when the Runner is built, and does not
store their states in checkpoints. A run resumed after a kill therefore
draws other augmentations, dropout masks and worker seeds than the run
would have drawn without the kill: the final metrics differ. Seeding
Python's, numpy's and torch's generators from ``(seed, epoch)`` at the
start of every epoch makes epoch ``e`` the same whether the run got there
directly or by ``--resume`` (``tools/train.py`` adds this hook under
``--deterministic`` with a seed; ``DefaultSampler`` already shuffles with
``seed + epoch``). Not covered: ``persistent_workers=True`` with
``num_workers > 0``, whose workers keep their generators across epochs.
"""
import random

import numpy as np
import torch
from mmaction.registry import HOOKS
from mmengine.hooks import Hook


def epoch_seed(seed, epoch):
    """A 32-bit seed derived from ``(seed, epoch)``."""
    state = np.random.SeedSequence([int(seed), int(epoch)]).generate_state(1)
    return int(state[0])


@HOOKS.register_module()
class EpochSeedHook(Hook):
    """Seed ``random``, ``numpy`` and ``torch`` before each training epoch.

    The seed is the Runner's (``randomness.seed``, with the rank added
    under ``diff_rank_seed``; stored in checkpoints and restored by
    ``--resume``).
    """

    priority = 'VERY_HIGH'

    def before_train_epoch(self, runner):
        value = epoch_seed(runner.seed, runner.epoch)
        random.seed(value)
        np.random.seed(value)
        torch.manual_seed(value)
