"""Prepare Penn Action: labels/NNNN.mat -> an MMAction2 pose pickle.

Usage: python tools/data/prepare_penn_action.py LABELS_DIR OUT_DIR
       [--frames-dir FRAMES_DIR]

Writes penn_action.pkl (13 joints, official train/test flag), optionally
penn_action_{train,test}_rawframes.txt, and a summary. See docs/datasets.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_penn_action import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
