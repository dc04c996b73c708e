"""Evaluation helpers of :mod:`mmaction_har`: late score fusion."""
from .score_fusion import (METHODS, evaluate_scores, fuse_dumps, fuse_runs,
                           fuse_scores, load_dump, to_probabilities)

__all__ = [
    'METHODS', 'evaluate_scores', 'fuse_dumps', 'fuse_runs', 'fuse_scores',
    'load_dump', 'to_probabilities'
]
