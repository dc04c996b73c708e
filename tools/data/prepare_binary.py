"""Lists for a one-action-versus-rest (binary) detector.

Usage: python tools/data/prepare_binary.py ACTION OUT_DIR --root ROOT
           [--positive P] [--negative N] [--hard-negative H] [--help]

ROOT holds positive/, negative/ and (optionally) hard_negative/ clip
folders; each may instead be given as a folder or a list file. Writes
binary_ACTION_{train,val}_videos.txt, binary_ACTION_classes.txt (rest,
ACTION) and a summary. See docs/inference.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.prepare_binary import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
