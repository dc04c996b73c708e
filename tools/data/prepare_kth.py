"""Prepare KTH: one sample per subsequence of 00sequences.txt, split by person.

Usage: python tools/data/prepare_kth.py SEQUENCES VIDEO_ROOT OUT_DIR [--help]

Writes kth_{train,val,test,trainval}_videos.txt (``path start end label``,
for KTHSubsequenceDataset), kth_classes.txt and kth_summary.md. See
docs/datasets.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_kth import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
