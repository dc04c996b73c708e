from .lstm_head import LSTMHead
from .mlp_head import MLPHead

__all__ = ['LSTMHead', 'MLPHead']
