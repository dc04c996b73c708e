"""Write the test report of a prediction dump: metrics, tables, figures.

Usage:
    python tools/analysis/report.py PREDS.pkl --config CFG [--out DIR]
        [--groups FILE] [--ood CLASSES] [--classes CLASSES] [--attach FILE]

PREDS is a ``tools/test.py --dump`` pickle of CFG's test set. Writes
report.{json,md,html}, predictions.{pkl,csv} and PNG figures into DIR
(default: ``report/`` next to PREDS) and prints the HTML's path. Logic:
:mod:`mmaction_har.evaluation.report`; see docs/reports.md.
"""
import argparse
import os.path as osp
import sys

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
sys.path.insert(0, REPO)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.errors import MissingFileError  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description='Test report (top-k, mean class accuracy, balanced '
        'accuracy, macro F1, per-class accuracy, confusion matrices, '
        'out-of-domain prediction tables) from a tools/test.py --dump '
        'pickle.')
    parser.add_argument('preds', help='prediction dump (tools/test.py '
                        '--dump PREDS.pkl)')
    parser.add_argument('--config', required=True,
                        help='the config the dump was tested with (class '
                        'names, sample ids)')
    parser.add_argument('--out', help='output folder (default: report/ '
                        'next to PREDS)')
    parser.add_argument('--groups', help='class -> group mapping (CSV '
                        '"class,group" lines or JSON) for group metrics')
    parser.add_argument('--ood', metavar='CLASSES',
                        help="the test set's own class list (one per line) "
                        'when it differs from the model\'s: writes the '
                        'out-of-domain tables')
    parser.add_argument('--classes', help="the model's class list (default: "
                        "from the config's training dataset)")
    parser.add_argument('--attach', action='append', metavar='FILE',
                        help='a related file to link from the report (e.g. '
                        'a Grad-CAM video or contact sheet; images are also '
                        'embedded); repeatable')
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    for what, path in (('prediction dump', args.preds),
                       ('config file', args.config),
                       ('groups file', args.groups),
                       ('class list (--ood)', args.ood),
                       ('class list (--classes)', args.classes)):
        if path and not osp.isfile(path):
            raise MissingFileError(what, path)
    from mmaction_har.evaluation.report import write_report
    out = args.out or osp.join(osp.dirname(osp.abspath(args.preds)),
                               'report')
    html = write_report(args.preds, args.config, out, groups=args.groups,
                        ood=args.ood, classes=args.classes,
                        attachments=args.attach)
    print(f'report: {html}')
    return html


if __name__ == '__main__':
    run_tool(main)
