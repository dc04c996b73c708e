"""Sliding-window action detection in long videos (or a folder of them).

Usage: python tools/detect_long_video.py VIDEO_OR_DIR CONFIG CHECKPOINT
           [--window 10 --stride 5] [--out-dir DIR] [--help]

Writes OUT/<video>/{windows.csv,timeline.csv,timeline.json} and
OUT/summary.{csv,json}; reruns skip finished videos. See docs/inference.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.detect_long_video import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
