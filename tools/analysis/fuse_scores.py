"""Fuse the class scores of several models/streams and report the metrics.

Usage:
    python tools/analysis/fuse_scores.py A.pkl B.pkl [--weights 1 1]
        [--methods avg mul max] [--topk 1 5] [--out fused.json]
    python tools/analysis/fuse_scores.py --runs 3 A_s0.pkl A_s1.pkl A_s2.pkl \
        B_s0.pkl B_s1.pkl B_s2.pkl

Each PKL is a ``tools/test.py --dump`` file of the same test set. Scores
that are not probabilities are soft-maxed first. With one PKL it only
evaluates it (top-k, mean class accuracy). With ``--runs R`` every model
gives R dumps (e.g. seeds), run r of each model is fused with run r of the
others, and every metric is printed as mean +- sample standard deviation
over the runs, followed by the runs' values. Logic:
:mod:`mmaction_har.evaluation.score_fusion`.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.analysis.fuse_scores import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
