"""Hooks registered on MMAction2's ``HOOKS`` registry."""
from .epoch_seed import EpochSeedHook
from .skipped_samples import SkippedSamplesHook

__all__ = ['EpochSeedHook', 'SkippedSamplesHook']
