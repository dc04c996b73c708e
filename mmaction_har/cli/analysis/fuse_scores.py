"""``tools/analysis/fuse_scores.py``: late fusion of prediction dumps."""
import argparse
import json
import os.path as osp

from ...errors import HarError, MissingFileError


def build_parser():
    parser = argparse.ArgumentParser(
        description='Late fusion (weighted average, product or max) of '
        'prediction dumps written by tools/test.py --dump.')
    parser.add_argument('dumps', nargs='+', help='prediction pickles (one '
                        'to just evaluate it)')
    parser.add_argument('--weights', nargs='+', type=float,
                        help='one weight per dump (default: equal)')
    parser.add_argument('--methods', nargs='+', default=['avg', 'mul', 'max'],
                        choices=['avg', 'mul', 'max'],
                        help='fusion methods (default: all)')
    parser.add_argument('--topk', nargs='+', type=int, default=[1, 5],
                        help='top-k accuracies to report (default: 1 5)')
    parser.add_argument('--out', help='also write the metrics to this JSON')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    for path in args.dumps:
        if not osp.isfile(path):
            raise MissingFileError('prediction dump', path)
    if args.weights is not None and len(args.weights) != len(args.dumps):
        raise HarError(f'{len(args.weights)} weights for '
                       f'{len(args.dumps)} dumps')
    from ...evaluation import fuse_dumps
    try:
        report = fuse_dumps(args.dumps, args.weights, args.methods,
                            args.topk)
    except ValueError as err:
        raise HarError(str(err)) from err
    width = max(len(k) for k in report)
    for name, metrics in report.items():
        values = '  '.join(f'{k}: {v * 100:.2f}' for k, v in metrics.items())
        print(f'{name:<{width}}  {values}')
    if args.out:
        with open(args.out, 'w') as f:
            json.dump(report, f, indent=2)
