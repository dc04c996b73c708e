"""LSTM over per-frame CNN features, then dense layers: a CNN + LSTM head."""
from typing import Sequence

import torch
import torch.nn as nn

from mmaction.models.heads import BaseHead
from mmaction.registry import MODELS
from .mlp_head import mlp


@MODELS.register_module()
class LSTMHead(BaseHead):
    """Many-to-one LSTM over the segment features of a 2D recognizer.

    ``Recognizer2D`` runs its 2D backbone on ``N * num_segs`` frames and
    passes ``num_segs``; this head pools each frame's feature map, restores
    the ``(N, num_segs, C)`` sequence, and classifies the last LSTM output
    through dense layers: ``[LayerNorm] -> LSTM -> Dropout -> [Dense, ReLU,
    Dropout]* -> Linear``.

    Args:
        num_classes (int): Number of classes.
        in_channels (int): Per-frame feature width ``C``.
        hidden_channels (int): LSTM width. Defaults to 256.
        num_layers (int): LSTM layers. Defaults to 1.
        mlp_channels (Sequence[int]): Hidden dense layers. Defaults to
            ``(128, )``.
        dropout (float): Dropout after the LSTM and in the dense layers.
            Defaults to 0.5.
        input_norm (bool): LayerNorm on the frame features, which matters
            for frozen (e.g. randomly initialised) backbones whose feature
            scale is arbitrary. Defaults to True.
        loss_cls (dict): Defaults to ``CrossEntropyLoss``.
        average_clips (str): Defaults to ``'prob'``.
        init_cfg (dict): Defaults to ``Normal(std=0.01)`` on the classifier.

    Inputs: ``(N * num_segs, C[, H, W])`` and ``num_segs``.
    Outputs: ``(N, num_classes)``.
    """

    def __init__(self,
                 num_classes: int,
                 in_channels: int,
                 hidden_channels: int = 256,
                 num_layers: int = 1,
                 mlp_channels: Sequence[int] = (128, ),
                 dropout: float = 0.5,
                 input_norm: bool = True,
                 loss_cls: dict = dict(type='CrossEntropyLoss'),
                 average_clips: str = 'prob',
                 init_cfg: dict = dict(type='Normal', std=0.01,
                                       override=dict(name='fc_cls')),
                 **kwargs) -> None:
        super().__init__(num_classes, in_channels, loss_cls=loss_cls,
                         average_clips=average_clips, init_cfg=init_cfg,
                         **kwargs)
        self.norm = nn.LayerNorm(in_channels) if input_norm else nn.Identity()
        self.lstm = nn.LSTM(in_channels, hidden_channels, num_layers,
                            batch_first=True,
                            dropout=dropout if num_layers > 1 else 0.)
        self.hidden = mlp(hidden_channels, mlp_channels, dropout)
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        width = mlp_channels[-1] if len(mlp_channels) else hidden_channels
        self.fc_cls = nn.Linear(width, num_classes)

    def forward(self, x: torch.Tensor, num_segs: int = 1,
                **kwargs) -> torch.Tensor:
        """``(N * num_segs, C[, H, W])`` -> ``(N, num_classes)``."""
        if x.dim() > 2:
            x = x.flatten(2).mean(-1)
        x = self.norm(x.reshape(-1, num_segs, x.shape[-1]))
        seq, _ = self.lstm(x)
        return self.fc_cls(self.dropout(self.hidden(seq[:, -1])))
