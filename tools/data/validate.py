"""Validate an annotation file (video list or pose pickle) and its media.

Usage: python tools/data/validate.py ANN_FILE [--data-prefix DIR]
       [--out-dir DIR]

Reports missing, unreadable, truncated or empty media, labels out of range,
wrong keypoint shapes, NaN, duplicates, split leaks, and the class
distribution (Markdown table; with --out-dir also a bar chart PNG). Exits 1
with a last line ``error: ANN_FILE: N problem(s) (...), the first: ...`` when
it finds a problem.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.validate import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
