"""Classification head of dense layers over a feature vector."""
from typing import Sequence

import torch
import torch.nn as nn

from mmaction.models.heads import BaseHead
from mmaction.registry import MODELS


def mlp(in_channels: int, hidden_channels: Sequence[int],
        dropout: float) -> nn.Sequential:
    """``[Dropout, Linear, ReLU] * len(hidden_channels)``; the widths out
    are ``hidden_channels``."""
    layers = []
    for width in hidden_channels:
        if dropout > 0:
            layers.append(nn.Dropout(dropout))
        layers += [nn.Linear(in_channels, width), nn.ReLU(inplace=True)]
        in_channels = width
    return nn.Sequential(*layers)


@MODELS.register_module()
class MLPHead(BaseHead):
    """Dense layers (with dropout) and a linear classifier.

    Args:
        num_classes (int): Number of classes.
        in_channels (int): Input feature width.
        hidden_channels (Sequence[int]): Widths of hidden dense layers
            (ReLU). Defaults to ``()``: a single linear classifier.
        dropout (float): Dropout before every dense layer and the
            classifier. Defaults to 0.5.
        loss_cls (dict): Defaults to ``CrossEntropyLoss``.
        average_clips (str): How test clips are combined. Defaults to
            ``'prob'``.
        init_cfg (dict): Defaults to ``Normal(std=0.01)`` on the classifier
            (hidden layers keep PyTorch's default initialisation).

    Inputs: ``(N, in_channels)``, or ``(N, in_channels, ...)`` which is
    average-pooled over the trailing axes. Outputs: ``(N, num_classes)``.
    """

    def __init__(self,
                 num_classes: int,
                 in_channels: int,
                 hidden_channels: Sequence[int] = (),
                 dropout: float = 0.5,
                 loss_cls: dict = dict(type='CrossEntropyLoss'),
                 average_clips: str = 'prob',
                 init_cfg: dict = dict(type='Normal', std=0.01,
                                       override=dict(name='fc_cls')),
                 **kwargs) -> None:
        super().__init__(num_classes, in_channels, loss_cls=loss_cls,
                         average_clips=average_clips, init_cfg=init_cfg,
                         **kwargs)
        hidden_channels = list(hidden_channels)
        self.hidden = mlp(in_channels, hidden_channels, dropout)
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        width = hidden_channels[-1] if hidden_channels else in_channels
        self.fc_cls = nn.Linear(width, num_classes)

    def forward(self, x: torch.Tensor, **kwargs) -> torch.Tensor:
        """``(N, in_channels[, ...])`` -> ``(N, num_classes)``."""
        if x.dim() > 2:
            x = x.flatten(2).mean(-1)
        return self.fc_cls(self.dropout(self.hidden(x)))
