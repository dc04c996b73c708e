"""Run an experiment spec. Usage: python tools/experiments/run.py SPEC [--help]

Trains and tests every run of SPEC (configs x --cfg-options variants x
seeds), skips finished runs, resumes interrupted ones and writes the
comparison table and figure. See docs/experiments.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.experiments.run import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
