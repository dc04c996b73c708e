"""Models of :mod:`mmaction_har`, registered in MMAction2's ``MODELS``.

* Skeleton LSTM: :class:`SkeletonLSTM` + :class:`MLPHead` in
  ``RecognizerGCN``.
* CNN + LSTM: a 2D backbone + :class:`LSTMHead` in
  :class:`RecognizerCNNLSTM` (optionally frozen, cached CNN features).
* Temporal attention with depth fusion: :class:`GRUAttentionNet`
  (skeleton only, ``RecognizerGCN``) and :class:`SkeletonDepthFusion`
  (skeleton + depth motion maps, ``MMRecognizer3D``).
* Class imbalance: :class:`ClassWeightedCrossEntropyLoss` (weights from the
  training set when training starts, kept in the checkpoint).
* PoseC3D heatmaps rendered on the model's device:
  :class:`HeatmapDataPreprocessor`.
"""
from .backbones import (GRUAttentionNet, ResidualGRUAttention, ResNet2dSmall,
                        SkeletonDepthFusion, SkeletonLSTM)
from .data_preprocessors import HeatmapDataPreprocessor
from .heads import LSTMHead, MLPHead
from .losses import ClassWeightedCrossEntropyLoss
from .recognizers import RecognizerCNNLSTM

__all__ = [
    'GRUAttentionNet', 'ResidualGRUAttention', 'ResNet2dSmall',
    'SkeletonDepthFusion', 'SkeletonLSTM', 'LSTMHead', 'MLPHead',
    'RecognizerCNNLSTM', 'ClassWeightedCrossEntropyLoss',
    'HeatmapDataPreprocessor'
]
