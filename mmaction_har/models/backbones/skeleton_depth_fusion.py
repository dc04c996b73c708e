"""Two-branch backbone: skeleton features fused with depth-map features."""
from typing import Optional

import torch
import torch.nn as nn
from mmengine.model import BaseModule

from mmaction.registry import MODELS

FUSIONS = ('avg', 'mul', 'max')


def fuse(features, mode: str) -> torch.Tensor:
    """Fuse same-shaped feature tensors by ``'avg'``, ``'mul'`` or ``'max'``.
    """
    stacked = torch.stack(list(features))
    if mode == 'avg':
        return stacked.mean(0)
    if mode == 'mul':
        return stacked.prod(0)
    if mode == 'max':
        return stacked.max(0).values
    raise ValueError(f'unknown fusion {mode!r}; use one of {FUSIONS}')


@MODELS.register_module()
class SkeletonDepthFusion(BaseModule):
    """Skeleton branch + depth branch, projected to one width and fused.

    Each branch's feature vector goes through ``Linear + BN + ReLU`` to
    ``fusion_channels``; the two are then averaged, multiplied or maxed
    element-wise. Used with ``MMRecognizer3D``, which calls
    ``backbone(keypoint=..., dmm=...)`` with the packed modalities. Either
    branch may be ``None`` (single-branch ablation).

    Args:
        skeleton (dict, optional): Skeleton branch config, e.g.
            ``GRUAttentionNet``; must expose ``out_channels``.
        depth (dict, optional): Depth branch config, e.g. ``ResNet2dSmall``
            over depth motion maps; must expose ``out_channels``.
        fusion_channels (int): Width of the fused feature. Defaults to 256.
        fusion (str): ``'avg'``, ``'mul'`` or ``'max'``. Defaults to
            ``'avg'``.
        return_branches (bool): Return ``(fused, skeleton, depth)`` (the
            projected branch features, for a head with a loss per branch
            such as ``BranchSupervisedHead``) instead of ``fused``.
            Defaults to False.
        init_cfg (dict, optional): Initialisation config.

    Inputs: ``keypoint`` ``(N * K, M, T, V, C)`` (K test clips per sample)
    and ``dmm`` ``(N, C_d, H, W)``, repeated to match ``N * K``.
    Outputs: ``(N * K, fusion_channels)``, or a tuple of three such tensors
    (see ``return_branches``).
    """

    def __init__(self,
                 skeleton: Optional[dict],
                 depth: Optional[dict],
                 fusion_channels: int = 256,
                 fusion: str = 'avg',
                 return_branches: bool = False,
                 init_cfg=None) -> None:
        super().__init__(init_cfg=init_cfg)
        assert fusion in FUSIONS, fusion
        assert skeleton or depth, 'at least one branch is needed'
        self.fusion = fusion
        self.return_branches = return_branches
        self.skeleton = self.depth = None
        if skeleton:
            self.skeleton = MODELS.build(skeleton)
            self.skeleton_proj = self._projection(self.skeleton.out_channels,
                                                  fusion_channels)
        if depth:
            self.depth = MODELS.build(depth)
            self.depth_proj = self._projection(self.depth.out_channels,
                                               fusion_channels)
        self.out_channels = fusion_channels

    @staticmethod
    def _projection(in_channels: int, out_channels: int) -> nn.Module:
        return nn.Sequential(
            nn.Linear(in_channels, out_channels),
            nn.BatchNorm1d(out_channels), nn.ReLU(inplace=True))

    def forward(self, keypoint: torch.Tensor, dmm: torch.Tensor):
        """See the class docstring for shapes."""
        feats = []
        if self.skeleton is not None:
            feats.append(self.skeleton_proj(self.skeleton(keypoint)))
        if self.depth is not None:
            depth = self.depth_proj(self.depth(dmm))
            if depth.shape[0] != keypoint.shape[0]:
                depth = depth.repeat_interleave(
                    keypoint.shape[0] // depth.shape[0], dim=0)
            feats.append(depth)
        fused = fuse(feats, self.fusion)
        return (fused, *feats) if self.return_branches else fused
