"""Grad-CAM videos of MMAction2 models (docs/gradcam.md).

Usage: python tools/visualizations/vis_cam.py --help
"""
import os.path as osp
import sys

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
sys.path.insert(0, REPO)

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.visualization.commands.vis_cam import main  # noqa: E402

if __name__ == '__main__':
    run_tool(main)
