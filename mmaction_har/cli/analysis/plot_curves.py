"""``tools/analysis/plot_curves.py``: learning curves of training runs."""
import argparse
import os.path as osp


def build_parser():
    parser = argparse.ArgumentParser(
        description='Learning curves (loss, train/val accuracy, LR against '
        'iterations and epochs) of one or more tools/train.py work dirs.')
    parser.add_argument('work_dirs', nargs='+', help='work dirs of runs')
    parser.add_argument('--out', help='PNG to write (default: '
                        'WORK_DIR/curves.png for one run, curves.png for '
                        'several)')
    parser.add_argument('--keys', nargs='+',
                        default=['loss', 'top1_acc', 'acc/top1', 'lr'],
                        help='logged keys, one row of panels each (default: '
                        'loss top1_acc acc/top1 lr; top1_acc is the '
                        'training-batch accuracy, acc/top1 validation)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...evaluation.report import plot_curves
    out = args.out or (osp.join(args.work_dirs[0], 'curves.png')
                       if len(args.work_dirs) == 1 else 'curves.png')
    _, drawn, table = plot_curves(args.work_dirs, out, args.keys)
    missing = [k for k in args.keys if k not in drawn]
    if missing:
        print(f'not in the logs (skipped): {", ".join(missing)}')
    print(table, end='')
    print(f'curves: {out}\ntimes: {osp.splitext(out)[0]}.md')
    return out
