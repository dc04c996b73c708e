"""A small ResNet-18-like 2D CNN for skeleton images and depth maps."""
from typing import Sequence

import torch
import torch.nn as nn
from mmcv.cnn import ConvModule
from mmengine.model import BaseModule

from mmaction.registry import MODELS


class BasicBlock2d(nn.Module):
    """Two 3x3 conv-BN layers with an identity (or 1x1 projection) shortcut.

    Inputs: ``(N, in_channels, H, W)``. Outputs: ``(N, out_channels,
    H / stride, W / stride)``.
    """

    def __init__(self, in_channels: int, out_channels: int,
                 stride: int = 1) -> None:
        super().__init__()
        self.conv1 = ConvModule(in_channels, out_channels, 3, stride, 1,
                                bias=False, norm_cfg=dict(type='BN'))
        self.conv2 = ConvModule(out_channels, out_channels, 3, 1, 1,
                                bias=False, norm_cfg=dict(type='BN'),
                                act_cfg=None)
        self.shortcut = None
        if stride != 1 or in_channels != out_channels:
            self.shortcut = ConvModule(in_channels, out_channels, 1, stride,
                                       bias=False, norm_cfg=dict(type='BN'),
                                       act_cfg=None)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x if self.shortcut is None else self.shortcut(x)
        return self.relu(self.conv2(self.conv1(x)) + identity)


@MODELS.register_module()
class ResNet2dSmall(BaseModule):
    """ResNet-18-like 2D CNN with a 3x3 stem and global average pooling.

    With the defaults it is ResNet-18's layout (four stages of two basic
    blocks, widths 64-128-256-512) but without the 7x7 stride-2 stem and
    max pooling, so that small inputs such as a ``V x T`` skeleton image
    (20 joints x 64 frames) are not reduced to nothing.

    Args:
        in_channels (int): Input channels (3 for x, y, z or three depth
            motion maps).
        base_channels (int): Width of the first stage. Defaults to 64.
        stage_blocks (Sequence[int]): Blocks per stage. Defaults to
            ``(2, 2, 2, 2)``.
        strides (Sequence[int]): Stride of each stage. Defaults to
            ``(1, 2, 2, 2)``.
        stem_stride (int): Stride of the stem conv. Defaults to 1.
        init_cfg (dict, optional): Defaults to Kaiming for convs.

    Inputs: ``(N, C, H, W)``. Outputs: ``(N, base_channels * 2 **
    (num_stages - 1))``; ``out_channels`` holds that number.
    """

    def __init__(self,
                 in_channels: int,
                 base_channels: int = 64,
                 stage_blocks: Sequence[int] = (2, 2, 2, 2),
                 strides: Sequence[int] = (1, 2, 2, 2),
                 stem_stride: int = 1,
                 init_cfg=dict(type='Kaiming', layer='Conv2d')) -> None:
        super().__init__(init_cfg=init_cfg)
        assert len(stage_blocks) == len(strides)
        self.stem = ConvModule(in_channels, base_channels, 3, stem_stride, 1,
                               bias=False, norm_cfg=dict(type='BN'))
        layers, channels = [], base_channels
        for i, (blocks, stride) in enumerate(zip(stage_blocks, strides)):
            out = base_channels * 2**i
            for j in range(blocks):
                layers.append(BasicBlock2d(channels, out,
                                           stride if j == 0 else 1))
                channels = out
        self.layers = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.out_channels = channels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``(N, C, H, W)`` -> ``(N, out_channels)``."""
        return self.pool(self.layers(self.stem(x))).flatten(1)
