"""``tools/analysis/fuse_scores.py``: late fusion of prediction dumps.

With ``--runs R`` every model gives R dumps (e.g. seeds), given model by
model; run r of each model is fused with run r of the others and every
metric is printed as mean +- sample standard deviation over the runs,
followed by the runs' values.
"""
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
                        help='one weight per model (default: equal)')
    parser.add_argument('--methods', nargs='+', default=['avg', 'mul', 'max'],
                        choices=['avg', 'mul', 'max'],
                        help='fusion methods (default: all)')
    parser.add_argument('--topk', nargs='+', type=int, default=[1, 5],
                        help='top-k accuracies to report (default: 1 5)')
    parser.add_argument('--runs', type=int, default=1,
                        help='dumps per model (seeds), given model by model; '
                        'metrics as mean +- std over the runs')
    parser.add_argument('--out', help='also write the metrics to this JSON')
    return parser


def _format(metrics):
    """``top1: 94.65`` or ``top1: 94.65 +- 0.31 (94.42 94.65 94.88)``."""
    parts = []
    for key, value in metrics.items():
        if isinstance(value, dict):
            runs = ' '.join(f'{v * 100:.2f}' for v in value['runs'])
            parts.append(f'{key}: {value["mean"] * 100:.2f} +- '
                         f'{value["std"] * 100:.2f} ({runs})')
        else:
            parts.append(f'{key}: {value * 100:.2f}')
    return '  '.join(parts)


def main(argv=None):
    args = build_parser().parse_args(argv)
    for path in args.dumps:
        if not osp.isfile(path):
            raise MissingFileError('prediction dump', path)
    num_models = len(args.dumps) // max(args.runs, 1)
    if args.weights is not None and len(args.weights) != num_models:
        raise HarError(f'{len(args.weights)} weights for '
                       f'{num_models} models')
    from ...evaluation import fuse_dumps, fuse_runs
    try:
        if args.runs == 1:
            report = fuse_dumps(args.dumps, args.weights, args.methods,
                                args.topk)
        else:
            report = fuse_runs(args.dumps, args.runs, args.weights,
                               args.methods, args.topk)
    except ValueError as err:
        raise HarError(str(err)) from err
    width = max(len(k) for k in report)
    for name, metrics in report.items():
        print(f'{name:<{width}}  {_format(metrics)}')
    if args.out:
        with open(args.out, 'w') as f:
            json.dump(report, f, indent=2)
