"""Prepare NTU RGB+D (60/120): .skeleton files -> an MMAction2 pose pickle.

Usage: python tools/data/prepare_ntu.py SKELETON_DIR OUT_DIR [--coords 3d]

Writes {ntu60,ntu120}_{3d,2d,depth2d}.pkl (splits xsub/xview or xsub/xset)
and a summary that says which coordinates are usable. See docs/datasets.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_ntu import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
