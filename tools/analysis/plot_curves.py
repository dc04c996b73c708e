"""Plot learning curves of training runs, overlaid, and their training times.

Usage:
    python tools/analysis/plot_curves.py WORK_DIR [WORK_DIR ...]
        [--out curves.png] [--keys loss top1_acc acc/top1 lr]

Reads mmengine's logs (WORK_DIR/<timestamp>/vis_data/scalars.json, resumed
runs merged), draws each key against iterations and epochs, writes the PNG
and a Markdown table of training times next to it (same name, .md) and
prints the table. Logic: :mod:`mmaction_har.evaluation.report.curves`.
"""
import argparse
import os.path as osp
import sys

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
sys.path.insert(0, REPO)

from mmaction_har.cli.common import run_tool  # noqa: E402


def parse_args(argv=None):
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
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    from mmaction_har.evaluation.report import plot_curves
    out = args.out or (osp.join(args.work_dirs[0], 'curves.png')
                       if len(args.work_dirs) == 1 else 'curves.png')
    _, drawn, table = plot_curves(args.work_dirs, out, args.keys)
    missing = [k for k in args.keys if k not in drawn]
    if missing:
        print(f'not in the logs (skipped): {", ".join(missing)}')
    print(table, end='')
    print(f'curves: {out}\ntimes: {osp.splitext(out)[0]}.md')
    return out


if __name__ == '__main__':
    run_tool(main)
