"""Plot learning curves of training runs, overlaid, and their training times.

Usage:
    python tools/analysis/plot_curves.py WORK_DIR [WORK_DIR ...]
        [--out curves.png] [--keys loss top1_acc acc/top1 lr]

Reads mmengine's logs (WORK_DIR/<timestamp>/vis_data/scalars.json, resumed
runs merged), draws each key against iterations and epochs, writes the PNG
and a Markdown table of training times next to it (same name, .md) and
prints the table. Logic: :mod:`mmaction_har.evaluation.report.curves`.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.analysis.plot_curves import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
