"""A hook that kills its own training process with SIGKILL, for the
kill/resume test: at a given iteration (mid-epoch) or in the middle of
writing a given epoch's checkpoint (half the bytes on disk, then the
kill). Imported by the test's config through ``custom_imports``.
"""
import os
import signal

import torch
from mmengine.hooks import Hook

from mmaction.registry import HOOKS


def _die():
    os.kill(os.getpid(), signal.SIGKILL)


@HOOKS.register_module()
class KillHook(Hook):
    """SIGKILL after iteration ``at_iter`` (1-based, counted over the run),
    or half-way through saving the checkpoint of epoch ``in_save_of``."""

    def __init__(self, at_iter=None, in_save_of=None):
        self.at_iter = at_iter
        self.in_save_of = in_save_of

    def after_train_iter(self, runner, batch_idx, data_batch=None,
                         outputs=None):
        if self.at_iter is not None and runner.iter + 1 == self.at_iter:
            _die()

    def before_save_checkpoint(self, runner, checkpoint):
        if checkpoint['meta'].get('epoch') != self.in_save_of:
            return
        real_save = torch.save

        def half_then_die(obj, f, *args, **kwargs):
            import io
            buffer = io.BytesIO()
            real_save(obj, buffer, *args, **kwargs)
            data = buffer.getvalue()
            f.write(data[:len(data) // 2])
            f.flush()
            os.fsync(f.fileno())
            _die()

        torch.save = half_then_die
