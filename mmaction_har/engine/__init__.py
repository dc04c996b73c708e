"""Training-engine pieces: atomic checkpoint saving, checkpoint checks and
resume, and hooks (registered on MMAction2's ``HOOKS`` as upstream's
``mmaction/engine`` does)."""
from .atomic_save import atomic_save_checkpoint, save_atomically
from .checkpoint_file import (check_checkpoint, find_resume_checkpoint,
                              inspect_file)
from .hooks import ClassWeightsHook, EpochSeedHook, SkippedSamplesHook

__all__ = ['atomic_save_checkpoint', 'save_atomically', 'check_checkpoint',
           'find_resume_checkpoint', 'inspect_file', 'ClassWeightsHook',
           'EpochSeedHook', 'SkippedSamplesHook']
