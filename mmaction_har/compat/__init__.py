"""Fixes for the upstream breakages of the pinned stack (see README).

Applied once by ``import mmaction_har``; each fix is idempotent.
"""
from . import checkpoint, distributed, drn, numpy_inf


def apply():
    drn.install()
    checkpoint.install()
    distributed.install()
    numpy_inf.install()


__all__ = ['apply']
