"""``tools/analysis/select_threshold.py``: a binary detector's threshold."""
import argparse


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
    from ...apis import read_class_file
    from ...detection.threshold_selection import select_threshold
    names = read_class_file(args.classes) if args.classes else None
    r = select_threshold(args.scores, args.out_json, args.plot, names,
                         args.positive, args.min_precision, args.min_recall)
    print(f'{r["class"]}: threshold {r["threshold"]:.4f} ({r["criterion"]}) '
          f'precision {r["precision"]:.3f} recall {r["recall"]:.3f} '
          f'F1 {r["f1"]:.3f} on {r["num_positive"]} positive / '
          f'{r["num_negative"]} negative clips')
    print(f'wrote {args.out_json}' + (f', {args.plot}' if args.plot else ''))
    return 0
