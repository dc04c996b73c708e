"""Fixes for the upstream breakages of the pinned stack (see README).

Applied once by ``import mmaction_har``; each fix is idempotent.
"""
from . import checkpoint, distributed, drn


def apply():
    drn.install()
    checkpoint.install()
    distributed.install()


__all__ = ['apply']
