from .branch_head import BranchSupervisedHead
from .lstm_head import LSTMHead
from .mlp_head import MLPHead

__all__ = ['BranchSupervisedHead', 'LSTMHead', 'MLPHead']
