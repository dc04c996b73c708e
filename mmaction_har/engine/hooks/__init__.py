from .class_weights import ClassWeightsHook

__all__ = ['ClassWeightsHook']
