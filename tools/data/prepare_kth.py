"""Prepare KTH: one sample per subsequence of 00sequences.txt, split by person.

Usage: python tools/data/prepare_kth.py SEQUENCES VIDEO_ROOT OUT_DIR [--help]

Writes kth_{train,val,test,trainval}_videos.txt (``path start end label``,
for KTHSubsequenceDataset), kth_classes.txt and kth_summary.md. See
docs/datasets.md.
"""
import argparse
import os.path as osp
import sys

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..', '..')
sys.path.insert(0, REPO_ROOT)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.importers.kth.sequences import ACTIONS  # noqa: E402
from mmaction_har.importers.validate import MEDIA_LEVELS  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn KTH (videos + 00sequences.txt) into subsequence '
        'lists for KTHSubsequenceDataset, split by person (train 11-18, val '
        '19-21,23-25,01,04, test 22,02,03,05-10; trainval = train + val).')
    parser.add_argument('sequences', help='path to 00sequences.txt')
    parser.add_argument('video_root', help='folder with the '
                        'personNN_action_dD_uncomp.avi videos (searched '
                        'recursively, e.g. per-action folders)')
    parser.add_argument('out_dir', help='where to write the lists')
    parser.add_argument('--classes', help='comma-separated subset of '
                        f'{",".join(ACTIONS)}, in label order')
    parser.add_argument('--per-class', type=int, help='keep at most N '
                        'subsequences per class in each split (seeded)')
    parser.add_argument('--seed', type=int, default=0,
                        help='seed of --per-class (default 0)')
    parser.add_argument('--media', choices=MEDIA_LEVELS, default='decode',
                        help='how hard to check each video (default decode: '
                        'open it and decode its last frame)')
    parser.add_argument('--keep-absent', action='store_true',
                        help='keep subsequences of videos not on disk')
    parser.add_argument('--persons', nargs=3, metavar='SPLIT=PERSONS',
                        help='a custom person split instead of the '
                        'standard one, e.g. train=1-16 val=17-20 test=21-24')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the lists even if train, val or test '
                        'is empty')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.kth.prepare import (SPLITS,
                                                    parse_person_splits,
                                                    prepare_kth)
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
    for path in result.outputs:
        print(f'wrote {path}')
    for problem in result.problems:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
