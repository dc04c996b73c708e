"""``tools/data/prepare_kth.py``: KTH sequences -> subsequence lists."""
import argparse

from ...importers.kth.sequences import ACTIONS
from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn KTH (videos + 00sequences.txt) into subsequence '
        'lists for KTHSubsequenceDataset, split by person (train 11-18, val '
        '19-21,23-25,01,04, test 22,02,03,05-10; trainval = train + val).',
        parents=[parsers.seed('seed of --per-class (default 0)'),
                 parsers.media(), parsers.allow_empty_split('the lists')])
    parser.add_argument('sequences', help='path to 00sequences.txt')
    parser.add_argument('video_root', help='folder with the '
                        'personNN_action_dD_uncomp.avi videos (searched '
                        'recursively, e.g. per-action folders)')
    parser.add_argument('out_dir', help='where to write the lists')
    parser.add_argument('--classes', help='comma-separated subset of '
                        f'{",".join(ACTIONS)}, in label order')
    parser.add_argument('--per-class', type=int, help='keep at most N '
                        'subsequences per class in each split (seeded)')
    parser.add_argument('--keep-absent', action='store_true',
                        help='keep subsequences of videos not on disk')
    parser.add_argument('--persons', nargs=3, metavar='SPLIT=PERSONS',
                        help='a custom person split instead of the '
                        'standard one, e.g. train=1-16 val=17-20 test=21-24')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.kth.prepare import (SPLITS, parse_person_splits,
                                          prepare_kth)
    from ...importers.outputs import report_outputs
    classes = args.classes.split(',') if args.classes else None
    persons = parse_person_splits(args.persons) if args.persons else None
    result = prepare_kth(args.sequences, args.video_root, args.out_dir,
                         classes=classes, per_class=args.per_class,
                         seed=args.seed, media=args.media,
                         keep_absent=args.keep_absent,
                         person_splits=persons,
                         allow_empty_splits=args.allow_empty_split)
    counts = ', '.join(f'{s} {len(result.samples[s])}' for s in SPLITS)
    print(f'subsequences: {counts}')
    print(f'videos marked *missing* in the sequences file: '
          f'{len(result.listed_missing)}; listed but not on disk: '
          f'{len(result.absent)}; unusable: {len(result.bad_media)}')
    return report_outputs(result.outputs, result.problems)
