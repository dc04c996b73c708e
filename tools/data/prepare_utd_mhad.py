"""Convert UTD-MHAD skeletons (and depth paths) to an MMAction2 pose pickle.

Usage:
    python tools/data/prepare_utd_mhad.py ROOT [OUT_DIR] [--dmm-size N]

ROOT holds ``skeleton/`` (``a*_s*_t*_skeleton.mat``) and optionally
``depth/`` (``a*_s*_t*_depth.mat``). Writes OUT_DIR/utd_mhad_xsub.pkl and
utd_mhad_xsub_summary.md (OUT_DIR default: data/utd_mhad). Logic:
:mod:`mmaction_har.importers.utd_mhad`.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_utd_mhad import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
