"""Multi-layer LSTM over keypoint sequences, many-to-one."""
import torch
import torch.nn as nn
from mmengine.model import BaseModule

from mmaction.registry import MODELS


def flatten_persons(x: torch.Tensor, num_person: int) -> torch.Tensor:
    """``(N, M, T, V, C)`` -> ``(N, T, num_person * V * C)``.

    The first ``num_person`` persons are kept (zero-padded if fewer), and
    their joints concatenated frame by frame.
    """
    n, m, t, v, c = x.shape
    if m < num_person:
        x = torch.cat([x, x.new_zeros(n, num_person - m, t, v, c)], dim=1)
    x = x[:, :num_person]
    return x.permute(0, 2, 1, 3, 4).reshape(n, t, num_person * v * c)


@MODELS.register_module()
class SkeletonLSTM(BaseModule):
    """LSTM over flattened 2D/3D keypoints; one feature vector per sequence.

    Each frame's joints (``V x C`` per person, persons concatenated) form one
    LSTM input vector; the output is the last time step of the top layer
    (many-to-one) or the mean over time steps.

    Args:
        in_channels (int): Coordinates per joint ``C`` (2, 3, or 3 for 2D +
            score).
        num_joints (int): Joints per person ``V`` (e.g. 24, 18, 14, 20, 25).
        num_person (int): Persons read from the input. Defaults to 1.
        hidden_channels (int): LSTM width. Defaults to 128.
        num_layers (int): Stacked LSTM layers. Defaults to 2.
        dropout (float): Dropout between LSTM layers. Defaults to 0.
        bidirectional (bool): Defaults to False.
        pool (str): ``'last'`` (many-to-one) or ``'mean'``. Defaults to
            ``'last'``.
        data_bn (bool): Batch-normalise each input feature (joint
            coordinate) over the batch and time before the LSTM, as ST-GCN's
            ``data_bn`` does. For inputs far from unit scale, such as the
            motion streams (frame differences about 40 times smaller than
            the coordinates on UTD-MHAD). Defaults to False.
        init_cfg (dict, optional): Initialisation config.

    Inputs: ``(N, M, T, V, C)`` as written by ``FormatGCNInput``.
    Outputs: ``(N, hidden_channels * (2 if bidirectional else 1))``.
    """

    def __init__(self,
                 in_channels: int,
                 num_joints: int,
                 num_person: int = 1,
                 hidden_channels: int = 128,
                 num_layers: int = 2,
                 dropout: float = 0.,
                 bidirectional: bool = False,
                 pool: str = 'last',
                 data_bn: bool = False,
                 init_cfg=None) -> None:
        super().__init__(init_cfg=init_cfg)
        assert pool in ('last', 'mean'), pool
        self.num_person = num_person
        self.pool = pool
        features = num_person * num_joints * in_channels
        self.data_bn = nn.BatchNorm1d(features) if data_bn else None
        self.lstm = nn.LSTM(
            features, hidden_channels,
            num_layers=num_layers, batch_first=True,
            dropout=dropout if num_layers > 1 else 0.,
            bidirectional=bidirectional)
        self.out_channels = hidden_channels * (2 if bidirectional else 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``(N, M, T, V, C)`` -> ``(N, out_channels)``."""
        x = flatten_persons(x, self.num_person)
        if self.data_bn is not None:
            x = self.data_bn(x.transpose(1, 2)).transpose(1, 2)
        seq, _ = self.lstm(x)
        if self.pool == 'mean':
            return seq.mean(dim=1)
        if self.lstm.bidirectional:
            # forward direction ends at T-1, backward direction at 0
            hidden = self.lstm.hidden_size
            return torch.cat([seq[:, -1, :hidden], seq[:, 0, hidden:]], -1)
        return seq[:, -1]
