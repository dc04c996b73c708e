"""Hooks registered on MMAction2's ``HOOKS`` registry."""
from .class_weights import ClassWeightsHook
from .epoch_seed import EpochSeedHook
from .skipped_samples import SkippedSamplesHook

__all__ = ['ClassWeightsHook', 'EpochSeedHook', 'SkippedSamplesHook']
