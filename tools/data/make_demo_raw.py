"""Re-publish a demo corpus in the raw KTH and child-dataset layouts.

Example::

    python tools/data/make_demo_raw.py data/demo   # writes data/demo/raw/

See :mod:`mmaction_har.demo.raw_layouts` for the layouts.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.data.make_demo_raw import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
