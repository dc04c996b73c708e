"""Prepare the child action dataset: OpenPose JSON or CSV -> a pose pickle.

Usage: python tools/data/prepare_child.py SOURCE OUT_DIR [--keypoints 24]
       [--actions all] [--metadata children.csv]

Writes child_{N}cls_{V}kp.pkl (split by child, seeded) and a summary. See
docs/datasets.md for the input layouts.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_child import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
