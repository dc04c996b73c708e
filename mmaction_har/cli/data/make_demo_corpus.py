"""``tools/data/make_demo_corpus.py``: the synthetic demo corpus."""
import argparse

from .. import parsers

# make_demo_corpus argument -> command-line option, for error messages.
OPTIONS = dict(out_dir='--out-dir', seed='--seed', num_subjects='--subjects',
               val_subjects='--val-subjects', test_subjects='--test-subjects',
               clips_per_action='--clips-per-action', num_frames='--frames',
               size='--size', fps='--fps')


def build_parser():
    parser = argparse.ArgumentParser(
        description='Write a deterministic synthetic corpus of articulated '
        'figures doing the six KTH actions: videos/*.mp4, '
        'train/val/test_list.txt (VideoDataset), pose.pkl (PoseDataset, '
        'COCO-17), classes.txt, corpus.json and summary.md.',
        parents=[parsers.seed('random seed (default: %(default)s)')])
    parser.add_argument('--out-dir', default='data/demo',
                        help='output folder (default: %(default)s)')
    parser.add_argument('--subjects', type=int, default=24,
                        help='number of subjects (default: %(default)s)')
    parser.add_argument('--val-subjects', type=int, default=None,
                        help='subjects in val (default: 3/16 of subjects)')
    parser.add_argument('--test-subjects', type=int, default=None,
                        help='subjects in test (default: 3/16 of subjects)')
    parser.add_argument('--clips-per-action', type=int, default=5,
                        help='clips per subject and action '
                        '(default: %(default)s)')
    parser.add_argument('--frames', type=int, default=50,
                        help='frames per clip (default: %(default)s)')
    parser.add_argument('--size', type=int, default=112,
                        help='frame side in pixels (default: %(default)s)')
    parser.add_argument('--fps', type=float, default=25,
                        help='frame rate (default: %(default)s)')
    parser.add_argument('--no-verify', action='store_true',
                        help='skip reading every video back with decord')
    parser.add_argument('--quiet', action='store_true',
                        help='no progress output')
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    from ...demo import format_summary, make_demo_corpus
    try:
        summary = make_demo_corpus(
            args.out_dir, seed=args.seed, num_subjects=args.subjects,
            clips_per_action=args.clips_per_action, num_frames=args.frames,
            size=args.size, fps=args.fps, val_subjects=args.val_subjects,
            test_subjects=args.test_subjects, verify=not args.no_verify,
            progress=not args.quiet)
    except ValueError as exc:
        msg = str(exc)
        name = msg.split(' ', 1)[0]
        if name in OPTIONS:
            msg = f'argument {OPTIONS[name]}: {msg}'
        parser.error(msg)
    print(format_summary(summary))
