"""Fixes for the upstream breakages of the pinned stack (see README).

Applied once by ``import mmaction_har``; each fix is idempotent.
"""
from . import (checkpoint, distributed, drn, mmcv_ext, mmpose_simcc,
               multimodal, numpy_inf, quiet)


def apply():
    quiet.install()
    # First: before anything imports mmcv.cnn (see mmcv_ext).
    mmcv_ext.install()
    drn.install()
    multimodal.install()
    mmpose_simcc.install()
    checkpoint.install()
    distributed.install()
    numpy_inf.install()
    # mmengine writes checkpoints in place (after drn: engine imports models)
    from ..engine import atomic_save
    atomic_save.install()


__all__ = ['apply']
