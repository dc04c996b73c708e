"""Losses of :mod:`mmaction_har`, registered in MMAction2's ``MODELS``."""
from .class_weighted_ce import ClassWeightedCrossEntropyLoss

__all__ = ['ClassWeightedCrossEntropyLoss']
