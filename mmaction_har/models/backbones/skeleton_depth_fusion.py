"""Two-branch backbone: skeleton features fused with depth-map features."""
from typing import Optional

import torch
import torch.nn as nn
from mmengine.model import BaseModule

from mmaction.registry import MODELS

FUSIONS = ('avg', 'mul', 'max')


def fuse(features, mode: str,
         keep: Optional[torch.Tensor] = None) -> torch.Tensor:
    """Fuse same-shaped feature tensors by ``'avg'``, ``'mul'`` or ``'max'``.

    Args:
        features (Sequence[torch.Tensor]): B tensors ``(N, ...)``.
        mode (str): ``'avg'``, ``'mul'`` or ``'max'``.
        keep (torch.Tensor, optional): ``(B, N)`` bool, which branches each
            sample fuses (at least one); the others are left out of the
            mean, product or maximum. Defaults to all.

    Returns:
        torch.Tensor: ``(N, ...)``.
    """
    if mode not in FUSIONS:
        raise ValueError(f'unknown fusion {mode!r}; use one of {FUSIONS}')
    stacked = torch.stack(list(features))
    if keep is None:
        keep = torch.ones(stacked.shape[:2], dtype=torch.bool,
                          device=stacked.device)
    keep = keep.reshape(keep.shape + (1, ) * (stacked.dim() - 2))
    if mode == 'avg':
        return (stacked * keep).sum(0) / keep.sum(0)
    fill = 1. if mode == 'mul' else -torch.inf
    kept = torch.where(keep, stacked, torch.full_like(stacked, fill))
    return kept.prod(0) if mode == 'mul' else kept.max(0).values


def branch_mask(num_branches: int, num_samples: int, p: float,
                device=None) -> torch.Tensor:
    """Modality dropout: which branches each sample keeps.

    With probability ``p`` a sample keeps a single branch, drawn uniformly;
    otherwise it keeps them all.

    Returns:
        torch.Tensor: ``(num_branches, num_samples)`` bool.
    """
    keep = torch.ones(num_branches, num_samples, dtype=torch.bool,
                      device=device)
    single = torch.rand(num_samples, device=device) < p
    chosen = torch.randint(num_branches, (num_samples, ), device=device)
    keep[:, single] = (torch.arange(num_branches, device=device)[:, None] ==
                       chosen[single][None])
    return keep


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
        branch_dropout (float): Modality dropout in training: the
            probability that a sample is fused from one branch alone (drawn
            uniformly), so that neither branch can lean on the other. The
            depth motion maps are fixed per sequence and the depth branch
            fits the training set within a few epochs; without this it
            carries the fused training loss to zero and the skeleton branch
            stops learning. Defaults to 0 (always both).
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
                 branch_dropout: float = 0.,
                 return_branches: bool = False,
                 init_cfg=None) -> None:
        super().__init__(init_cfg=init_cfg)
        assert fusion in FUSIONS, fusion
        assert skeleton or depth, 'at least one branch is needed'
        assert 0 <= branch_dropout <= 1, branch_dropout
        self.fusion = fusion
        self.branch_dropout = branch_dropout
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
        keep = None
        if self.training and self.branch_dropout > 0 and len(feats) > 1:
            keep = branch_mask(len(feats), len(feats[0]),
                               self.branch_dropout, feats[0].device)
        fused = fuse(feats, self.fusion, keep)
        return (fused, *feats) if self.return_branches else fused
