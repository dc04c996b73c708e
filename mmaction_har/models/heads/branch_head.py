"""MLP head over fused branch features, with a loss on every branch too."""
from typing import Dict, Sequence, Tuple, Union

import torch
import torch.nn as nn

from mmaction.registry import MODELS
from mmaction.utils import SampleList
from .mlp_head import MLPHead

Feats = Union[torch.Tensor, Tuple[torch.Tensor, ...]]


@MODELS.register_module()
class BranchSupervisedHead(MLPHead):
    """:class:`MLPHead` on fused features plus a classifier per branch.

    Trained jointly, a multi-modal network can fit its training set through
    the modality that is easiest to memorise and stop improving the others
    (Wang, Tran and Feiszli, "What makes training multi-modal
    classification networks hard?", CVPR 2020). Here every branch feature
    also feeds its own linear classifier, whose cross-entropy (weighted by
    ``aux_weight``) is added to the fused one, so each branch keeps learning
    to classify on its own. Predictions use the fused features only.

    Args:
        num_branches (int): Branch features after the fused one.
        aux_weight (float | Sequence[float]): Weight of each branch's loss.
            Defaults to 1.
        **kwargs: :class:`MLPHead` arguments.

    Inputs: a tuple ``(fused, branch_1, ..., branch_B)`` of ``(N, C)``
    tensors (e.g. ``SkeletonDepthFusion(return_branches=True)``), or one
    tensor (only the fused head is used). Outputs: ``(N, num_classes)``.
    """

    def __init__(self,
                 num_branches: int,
                 aux_weight: Union[float, Sequence[float]] = 1.,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        if isinstance(aux_weight, (int, float)):
            aux_weight = [float(aux_weight)] * num_branches
        assert len(aux_weight) == num_branches, aux_weight
        self.aux_weight = list(aux_weight)
        self.aux_cls = nn.ModuleList(
            nn.Linear(self.in_channels, self.num_classes)
            for _ in range(num_branches))

    def forward(self, x: Feats, **kwargs) -> torch.Tensor:
        """Scores of the fused features ``(N, num_classes)``."""
        return super().forward(x[0] if isinstance(x, tuple) else x)

    def loss(self, feats: Feats, data_samples: SampleList,
             **kwargs) -> Dict:
        """Fused loss and metrics, plus ``loss_branch{i}`` per branch."""
        losses = self.loss_by_feat(self(feats), data_samples)
        branches = feats[1:] if isinstance(feats, tuple) else ()
        for i, (feat, weight, fc) in enumerate(
                zip(branches, self.aux_weight, self.aux_cls)):
            scores = fc(self.dropout(feat))
            aux = self.loss_by_feat(scores, data_samples)['loss_cls']
            losses[f'loss_branch{i}'] = weight * aux
        return losses
