"""Generate the synthetic six-action demo corpus (videos + pose.pkl).

Example::

    python tools/data/make_demo_corpus.py --out-dir data/demo --seed 0
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.make_demo_corpus import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
