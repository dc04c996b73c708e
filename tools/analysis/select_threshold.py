"""Choose a binary detector's threshold from validation scores.

Usage: python tools/analysis/select_threshold.py SCORES OUT_JSON
           [--plot PR.png] [--classes FILE] [--min-precision P] [--help]

SCORES: ``tools/test.py CONFIG CKPT --dump val.pkl`` output on the
validation list, or a CSV with score,label columns. OUT_JSON is read by
``tools/detect_long_video.py --thresholds``. See docs/inference.md.
"""
import argparse
import os.path as osp
import sys

sys.path.insert(0, osp.join(osp.dirname(osp.abspath(__file__)), '..', '..'))

from mmaction_har.cli.common import run_tool  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Pick the score threshold of a one-vs-rest detector on '
        'validation data (best F1, or best recall at a precision floor) '
        'and plot the precision/recall curve.')
    parser.add_argument('scores', help='DumpResults .pkl or score,label CSV')
    parser.add_argument('out_json', help='where to write the threshold')
    parser.add_argument('--plot', help='PNG of the precision/recall curve')
    parser.add_argument('--classes', help='class file (rest, ACTION) '
                        'written by prepare_binary.py')
    parser.add_argument('--positive', type=int, default=1,
                        help='index of the action class (default 1)')
    floor = parser.add_mutually_exclusive_group()
    floor.add_argument('--min-precision', type=float,
                       help='highest recall with at least this precision')
    floor.add_argument('--min-recall', type=float,
                       help='highest precision with at least this recall')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.apis import read_class_file
    from mmaction_har.detection.threshold_selection import select_threshold
    names = read_class_file(args.classes) if args.classes else None
    r = select_threshold(args.scores, args.out_json, args.plot, names,
                         args.positive, args.min_precision, args.min_recall)
    print(f'{r["class"]}: threshold {r["threshold"]:.4f} ({r["criterion"]}) '
          f'precision {r["precision"]:.3f} recall {r["recall"]:.3f} '
          f'F1 {r["f1"]:.3f} on {r["num_positive"]} positive / '
          f'{r["num_negative"]} negative clips')
    print(f'wrote {args.out_json}' + (f', {args.plot}' if args.plot else ''))
    return 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
