"""Extract COCO-17 poses of the main person from videos into a pose pkl.

Usage:
  python tools/data/extract_pose.py LIST --data-root ROOT --out pose.pkl
  python tools/data/extract_pose.py --lists train=a.txt val=b.txt \\
      --data-root ROOT --classes classes.txt --out pose.pkl --workers 2 \\
      --cache-dir work_dirs/pose_cache

Lists are MMAction2 video lists (``path label``). Writes the pkl for
MMAction2's PoseDataset and, if videos failed, ``<out>.failed.txt``. See
docs/pose_extraction.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.extract_pose import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
