"""Hooks registered on MMAction2's ``HOOKS`` registry."""
from .epoch_seed import EpochSeedHook

__all__ = ['EpochSeedHook']
