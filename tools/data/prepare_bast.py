"""Prepare BAST: recordings + ELAN files -> clips and VideoDataset lists.

Usage: python tools/data/prepare_bast.py RAW_DIR OUT_DIR [--help]

Writes OUT_DIR/clips/ (frame-exact clips), OUT_DIR/{base,eval}/{train,val,
test}.txt (``clip label``, relative to OUT_DIR/clips), classes.txt, the
domain lists test_{avatar,kinesphere}.txt with classes_{domain}.txt, and
OUT_DIR/bast_summary.md. See docs/datasets.md, "BAST".
"""
import argparse
import os.path as osp
import sys
import time

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..', '..')
sys.path.insert(0, REPO_ROOT)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.importers.validate import MEDIA_LEVELS  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Cut BAST recordings into clips from their ELAN '
        'annotations and write MMAction2 VideoDataset lists per label set '
        '(base: 9 tasks, eval: 42 ratings), split by recording (seeded, '
        'stratified), plus the avatar/kinesphere domain test lists.')
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
    parser.add_argument('--split', type=float, nargs=3, default=(0.7, 0.15,
                                                                 0.15),
                        metavar=('TRAIN', 'VAL', 'TEST'),
                        help='recording shares (default 0.7 0.15 0.15)')
    parser.add_argument('--test-list', help='file with fixed test '
                        'recordings, one ID (video file stem) per line')
    parser.add_argument('--seed', type=int, default=0,
                        help='split seed (default 0)')
    parser.add_argument('--offsets', help='recording,seconds CSV added to '
                        'ELAN times (default RAW_DIR/offsets.csv if present)')
    parser.add_argument('--avatar', help='avatar time ranges (default '
                        'RAW_DIR/avatar.csv if present)')
    parser.add_argument('--kinesphere', help='kinesphere time ranges '
                        '(default RAW_DIR/kinesphere.csv if present)')
    parser.add_argument('--codec', choices=('mp4v', 'ffv1'), default='mp4v',
                        help='clip codec: mp4v (.mp4, compact, lossy; '
                        'default) or ffv1 (.mkv, lossless, larger)')
    parser.add_argument('--media', choices=MEDIA_LEVELS, default='decode',
                        help='how hard to check the written clips (default '
                        'decode)')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='cut and write even if a split of a label set '
                        'has no clip')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.bast import WindowSpec, prepare_bast
    from mmaction_har.importers.bast.split import SPLITS
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
    for path in result.outputs:
        print(f'wrote {path}')
    for problem in result.problems:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
