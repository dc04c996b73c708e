"""``tools/data/prepare_binary.py``: one-action-versus-rest lists."""
import argparse

from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Write MMAction2 video lists for one action versus the '
        'rest from positive, negative and hard-negative clips.',
        parents=[parsers.seed('split seed (default 0)'),
                 parsers.allow_empty_split('the lists')])
    parser.add_argument('action', help='name of the action (label 1)')
    parser.add_argument('out_dir', help='where to write the lists')
    parser.add_argument('--root', help='folder with positive/, negative/, '
                        'hard_negative/ sub-folders; list paths are written '
                        'relative to it (the config\'s data_prefix)')
    for kind in ('positive', 'negative', 'hard-negative'):
        parser.add_argument(f'--{kind}', help=f'{kind} clips: a folder or a '
                            'list file (one video path per line)')
    parser.add_argument('--val-fraction', type=float, default=0.2,
                        help='share of each kind held out for validation '
                        '(default 0.2)')
    parser.add_argument('--hard-negative-repeat', type=int, default=1,
                        help='times each hard negative appears in the train '
                        'list (default 1)')
    parser.add_argument('--group-pattern', help='regular expression on file '
                        'names: clips with the same match (first group) '
                        'stay in one split, e.g. "_(g[0-9]+)_" for UCF101')
    parser.add_argument('--prefix', help='list name prefix (default '
                        'binary_ACTION)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...detection.binary_data import prepare_binary
    from ...errors import HarError
    sources = {k: v for k, v in dict(
        positive=args.positive, negative=args.negative,
        hard_negative=args.hard_negative).items() if v}
    if not args.root and not sources:
        raise HarError('give --root or --positive and --negative')
    result = prepare_binary(args.action, args.out_dir, args.root, sources,
                            args.val_fraction, args.seed,
                            args.hard_negative_repeat, args.prefix,
                            args.group_pattern,
                            allow_empty_splits=args.allow_empty_split)
    for split, rows in result.splits.items():
        print(f'{split}: {len(rows)} clips '
              f'({sum(r[1] for r in rows)} positive)')
    for path in result.outputs:
        print(f'wrote {path}')
    return 0
