"""Training-loop pieces of :mod:`mmaction_har` (mmengine hooks), registered
in MMAction2's ``HOOKS`` as upstream's ``mmaction/engine`` does."""
from .hooks import ClassWeightsHook

__all__ = ['ClassWeightsHook']
