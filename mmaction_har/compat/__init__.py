"""Fixes for the upstream breakages of the pinned stack (see README).

Applied once by ``import mmaction_har``; each fix is idempotent.
"""
from . import checkpoint, distributed, drn


def apply():
    from ..engine import atomic_save
    drn.install()
    checkpoint.install()
    distributed.install()
    atomic_save.install()  # mmengine writes checkpoints in place


__all__ = ['apply']
