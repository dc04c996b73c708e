"""Temporal attention + 2D CNN over the skeleton sequence seen as an image."""
from typing import Optional

import torch
from mmengine.model import BaseModule

from mmaction.registry import MODELS
from .gru_attention import ResidualGRUAttention
from .resnet_small import ResNet2dSmall
from .skeleton_lstm import flatten_persons


@MODELS.register_module()
class GRUAttentionNet(BaseModule):
    """Residual BiGRU temporal attention, then a ResNet-18-like 2D CNN.

    The coordinates of each frame (persons x joints x channels) pass through
    :class:`ResidualGRUAttention`; the attended sequence is then read as an
    image with the coordinate channels (x, y, z) as colour channels, joints
    as rows and time as columns, and classified by :class:`ResNet2dSmall`.

    Args:
        in_channels (int): Coordinates per joint ``C``. Defaults to 3.
        num_joints (int): Joints per person ``V``. Defaults to 20.
        num_person (int): Persons read; their joints are stacked as image
            rows. Defaults to 1.
        gru_channels (int): GRU width per direction. Defaults to 128.
        use_attention (bool): False skips the attention (CNN-only ablation).
            Defaults to True.
        cnn (dict, optional): Extra arguments of :class:`ResNet2dSmall`
            (``base_channels``, ``stage_blocks``, ``strides``).
        init_cfg (dict, optional): Initialisation config.

    Inputs: ``(N, M, T, V, C)``. Outputs: ``(N, out_channels)``.
    """

    def __init__(self,
                 in_channels: int = 3,
                 num_joints: int = 20,
                 num_person: int = 1,
                 gru_channels: int = 128,
                 use_attention: bool = True,
                 cnn: Optional[dict] = None,
                 init_cfg=None) -> None:
        super().__init__(init_cfg=init_cfg)
        self.in_channels = in_channels
        self.num_person = num_person
        self.attention = None
        if use_attention:
            self.attention = ResidualGRUAttention(
                num_person * num_joints * in_channels, gru_channels)
        self.cnn = ResNet2dSmall(in_channels, **(cnn or {}))
        self.out_channels = self.cnn.out_channels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``(N, M, T, V, C)`` -> ``(N, out_channels)``."""
        seq = flatten_persons(x, self.num_person)  # N, T, M*V*C
        if self.attention is not None:
            seq = self.attention(seq)
        n, t, _ = seq.shape
        img = seq.reshape(n, t, -1, self.in_channels).permute(0, 3, 2, 1)
        return self.cnn(img.contiguous())  # from N, C, M*V, T
