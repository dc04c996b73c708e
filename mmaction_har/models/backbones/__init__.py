from .gru_attention import ResidualGRUAttention
from .gru_attention_net import GRUAttentionNet
from .resnet_small import ResNet2dSmall
from .skeleton_depth_fusion import SkeletonDepthFusion
from .skeleton_lstm import SkeletonLSTM

__all__ = [
    'ResidualGRUAttention', 'GRUAttentionNet', 'ResNet2dSmall',
    'SkeletonDepthFusion', 'SkeletonLSTM'
]
