"""Render a pose pkl entry and its PoseC3D heatmaps (docs/gradcam.md).

Usage: python tools/visualizations/vis_skeleton.py --help
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.visualizations.vis_skeleton import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
