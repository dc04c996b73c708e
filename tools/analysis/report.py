"""Write the test report of a prediction dump: metrics, tables, figures.

Usage:
    python tools/analysis/report.py PREDS.pkl --config CFG [--out DIR]
        [--groups FILE] [--ood CLASSES] [--classes CLASSES] [--attach FILE]

PREDS is a ``tools/test.py --dump`` pickle of CFG's test set. Writes
report.{json,md,html}, predictions.{pkl,csv} and PNG figures into DIR
(default: ``report/`` next to PREDS) and prints the HTML's path. Logic:
:mod:`mmaction_har.evaluation.report`; see docs/reports.md.
"""
import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '../../..')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.analysis.report import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
