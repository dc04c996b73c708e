"""Strip the background of every video in a list (keep only the person).

Usage: python tools/data/strip_background.py LIST --data-root ROOT
    --out-root OUT --out-list OUT_LIST --method seg|pose|static [options]

Writes OUT/<path>.mp4 (stripped, same frame count and fps as the source,
checked by decoding), OUT/<path>.npz (compact masks for the ApplyPersonMask
transform) and OUT_LIST (same lines and labels, new paths). Reruns skip
finished videos. Failures go to OUT_LIST minus extension + .failed.txt and
make the exit status 1. See docs/background.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.strip_background import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
