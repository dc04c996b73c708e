"""Prepare UCF101: official split files -> MMAction2 video lists.

Usage: python tools/data/prepare_ucf101.py SPLIT_DIR VIDEO_ROOT OUT_DIR

Writes ucf101_{train,val}_split_K_videos.txt (``path label``),
ucf101_classes.txt and ucf101_summary.md. See docs/datasets.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_ucf101 import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
