"""``tools/data/prepare_bast.py``: recordings + ELAN -> clips and lists."""
import argparse
import time

from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Cut BAST recordings into clips from their ELAN '
        'annotations and write MMAction2 VideoDataset lists per label set '
        '(base: 9 tasks, eval: 42 ratings), split by recording (seeded, '
        'stratified), plus the avatar/kinesphere domain test lists.',
        parents=[parsers.shares('recordings'),
                 parsers.allow_empty_split('the clips and lists'),
                 parsers.seed('split seed (default 0)'),
                 parsers.codec('clip'),
                 parsers.media('the written clips')])
    parser.add_argument('raw_dir', help='folder with the recordings (.mp4, '
                        '.MTS, ...) and their .eaf files (searched '
                        'recursively, paired by file stem)')
    parser.add_argument('out_dir', help='where to write clips and lists')
    parser.add_argument('--labels', choices=('base', 'eval', 'both'),
                        default='both', help='label sets to write '
                        '(default both)')
    parser.add_argument('--mapping', help='label mapping YAML (default '
                        'configs/_base_/datasets/bast_labels.yaml)')
    parser.add_argument('--window', type=float, default=10.0,
                        help='clip length in seconds (default 10)')
    parser.add_argument('--stride', type=float, default=5.0,
                        help='seconds between clip starts inside a segment '
                        '(default 5; 0: no overlap, stride = window)')
    parser.add_argument('--max-clips', type=int, default=20,
                        help='at most N clips per segment (default 20)')
    parser.add_argument('--keep-short', action='store_true',
                        help='keep a segment shorter than the window as one '
                        'clip (default: dropped, as in the thesis)')
    parser.add_argument('--test-list', help='file with fixed test '
                        'recordings, one ID (video file stem) per line')
    parser.add_argument('--offsets', help='recording,seconds CSV added to '
                        'ELAN times (default RAW_DIR/offsets.csv if present)')
    parser.add_argument('--avatar', help='avatar time ranges (default '
                        'RAW_DIR/avatar.csv if present)')
    parser.add_argument('--kinesphere', help='kinesphere time ranges '
                        '(default RAW_DIR/kinesphere.csv if present)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.bast import WindowSpec, prepare_bast
    from ...importers.bast.split import SPLITS
    from ...importers.outputs import report_outputs
    sets = ('base', 'eval') if args.labels == 'both' else (args.labels,)
    spec = WindowSpec(args.window, args.stride or None, args.max_clips,
                      args.keep_short)
    start = time.time()
    result = prepare_bast(
        args.raw_dir, args.out_dir, sets, mapping=args.mapping, spec=spec,
        seed=args.seed, shares=args.split, test_list=args.test_list,
        offsets_file=args.offsets, codec=args.codec, media=args.media,
        domain_files=dict(avatar=args.avatar, kinesphere=args.kinesphere),
        allow_empty_splits=args.allow_empty_split)
    seconds = time.time() - start
    for name, splits in result.clips.items():
        print(f'{name}: ' + ', '.join(f'{s} {len(splits[s])}'
                                      for s in SPLITS))
    for name, clips in sorted(result.domain_clips.items()):
        print(f'{name}: test {len(clips)}')
    print('recordings: ' + ', '.join(f'{s} {len(result.splits[s])}'
                                     for s in SPLITS))
    print(f'clips cut {result.num_cut}, reused {result.num_reused} in '
          f'{seconds:.1f} s')
    return report_outputs(result.outputs, result.problems)
