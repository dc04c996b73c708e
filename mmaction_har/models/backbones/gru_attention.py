"""Residual BiGRU temporal attention over skeleton coordinates."""
import torch
import torch.nn as nn
from mmengine.model import BaseModule

from mmaction.registry import MODELS


@MODELS.register_module()
class ResidualGRUAttention(BaseModule):
    """``X + F_M(X) * sigmoid(A(X))`` on a sequence of coordinate vectors.

    ``A`` is a bidirectional GRU followed by a linear layer, giving one
    attention weight per time step and feature; ``F_M`` is a per-frame
    linear mapping. The residual connection keeps the input, so the module
    starts close to the identity and learns which frames and coordinates to
    emphasise.

    Args:
        in_channels (int): Features per frame ``D`` (e.g. ``V * C``).
        hidden_channels (int): GRU width per direction. Defaults to 128.
        num_layers (int): GRU layers. Defaults to 1.
        init_cfg (dict, optional): Initialisation config.

    Inputs: ``(N, T, D)``. Outputs: ``(N, T, D)``; the last attention map
    ``sigmoid(A(X))`` ``(N, T, D)`` is kept in ``self.attention`` (detached)
    for inspection.
    """

    def __init__(self,
                 in_channels: int,
                 hidden_channels: int = 128,
                 num_layers: int = 1,
                 init_cfg=None) -> None:
        super().__init__(init_cfg=init_cfg)
        self.gru = nn.GRU(in_channels, hidden_channels, num_layers=num_layers,
                          batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden_channels, in_channels)
        self.mapping = nn.Linear(in_channels, in_channels)
        self.attention = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``(N, T, D)`` -> ``(N, T, D)``."""
        hidden, _ = self.gru(x)
        attention = torch.sigmoid(self.score(hidden))
        self.attention = attention.detach()
        return x + self.mapping(x) * attention
