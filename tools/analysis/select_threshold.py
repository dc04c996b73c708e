"""Choose a binary detector's threshold from validation scores.

Usage: python tools/analysis/select_threshold.py SCORES OUT_JSON
           [--plot PR.png] [--classes FILE] [--min-precision P] [--help]

SCORES: ``tools/test.py CONFIG CKPT --dump val.pkl`` output on the
validation list, or a CSV with score,label columns. OUT_JSON is read by
``tools/detect_long_video.py --thresholds``. See docs/inference.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.analysis.select_threshold import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
