"""Prepare Penn Action: labels/NNNN.mat -> an MMAction2 pose pickle.

Usage: python tools/data/prepare_penn_action.py LABELS_DIR OUT_DIR
       [--frames-dir FRAMES_DIR]

Writes penn_action.pkl (13 joints, official train/test flag), optionally
penn_action_{train,test}_rawframes.txt, and a summary. See docs/datasets.md.
"""
import argparse
import os.path as osp
import sys

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..', '..')
sys.path.insert(0, REPO_ROOT)

from mmaction_har.cli.common import run_tool  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn Penn Action label files (NNNN.mat) into an '
        'MMAction2 pose pickle split by the official train flag.')
    parser.add_argument('labels_dir', help='the Penn_Action/labels folder')
    parser.add_argument('out_dir', help='where to write the pickle')
    parser.add_argument('--frames-dir', help='the Penn_Action/frames folder '
                        '(NNNN/000001.jpg ...); also writes rawframe lists')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the outputs even if train or test is '
                        'empty')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.penn_action import prepare_penn_action
    out = prepare_penn_action(args.labels_dir, args.out_dir, args.frames_dir,
                              allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{len(out["annotations"])} sequences ({splits}); left out: '
          f'{len(out["skipped"])}; frame-count notes: {len(out["notes"])}')
    for path in out['outputs']:
        print(f'wrote {path}')
    for problem in out['problems']:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if out['problems'] else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
