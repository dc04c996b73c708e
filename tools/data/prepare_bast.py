"""Prepare BAST: recordings + ELAN files -> clips and VideoDataset lists.

Usage: python tools/data/prepare_bast.py RAW_DIR OUT_DIR [--help]

Writes OUT_DIR/clips/ (frame-exact clips), OUT_DIR/{base,eval}/{train,val,
test}.txt (``clip label``, relative to OUT_DIR/clips), classes.txt, the
domain lists test_{avatar,kinesphere}.txt with classes_{domain}.txt, and
OUT_DIR/bast_summary.md. See docs/datasets.md, "BAST".
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_bast import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
