"""``tools/analysis/report.py``: the test report of a prediction dump."""
import argparse
import os.path as osp

from ...errors import MissingFileError


def build_parser():
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
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    for what, path in (('prediction dump', args.preds),
                       ('config file', args.config),
                       ('groups file', args.groups),
                       ('class list (--ood)', args.ood),
                       ('class list (--classes)', args.classes)):
        if path and not osp.isfile(path):
            raise MissingFileError(what, path)
    from ...evaluation.report import write_report
    out = args.out or osp.join(osp.dirname(osp.abspath(args.preds)),
                               'report')
    html = write_report(args.preds, args.config, out, groups=args.groups,
                        ood=args.ood, classes=args.classes,
                        attachments=args.attach)
    print(f'report: {html}')
    return html
