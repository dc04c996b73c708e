"""Data preprocessors of :mod:`mmaction_har`, registered in ``MODELS``."""
from .heatmap_preprocessor import HeatmapDataPreprocessor
from .heatmap_render import render_batch

__all__ = ['HeatmapDataPreprocessor', 'render_batch']
