"""Run the demo (what `make demo` does).

Usage: python tools/demo.py [--work-dir DIR] [--prepare-only] [--help]
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.demo import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
