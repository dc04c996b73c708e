"""Grad-CAM and visual analysis for MMAction2 recognizers.

Families: 2D/TSN-like (per-segment CAM), 3D ResNets (I3D, SlowOnly,
R(2+1)D, CSN), SlowFast (slow, fast or both pathways) and PoseC3D (CAM on
keypoint heatmaps, the rendered skeleton and the original video).

Modules: :mod:`.layers` (families, default target layers, listing),
:mod:`.gradcam` (the CAM), :mod:`.sample` (single-view test pipeline),
:mod:`.geometry` (input <-> original frame), :mod:`.inputs` (models, files,
class names), :mod:`.render` and :mod:`.panels` (drawing),
:mod:`.writers` (MP4/GIF/PNG), :mod:`.cam` (one sample, comparisons,
batches), :mod:`.energy` and :mod:`.energy_report` (CAM energy on the
person), and :mod:`.skeleton` (pose dataset inspection). The demo's Grad-CAM
videos are in :mod:`mmaction_har.demo.gradcam`.
"""
from .cam import CamModel, visualize, visualize_batch
from .energy import energy_share, keypoint_mask, random_share
from .gradcam import CamResult, grad_cam
from .layers import default_target_layers, list_layers, model_family

__all__ = ['CamModel', 'CamResult', 'default_target_layers', 'energy_share',
           'grad_cam', 'keypoint_mask', 'list_layers', 'model_family',
           'random_share', 'visualize', 'visualize_batch']
