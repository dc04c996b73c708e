"""Prepare NTU RGB+D (60/120): .skeleton files -> an MMAction2 pose pickle.

Usage: python tools/data/prepare_ntu.py SKELETON_DIR OUT_DIR [--coords 3d]

Writes {ntu60,ntu120}_{3d,2d,depth2d}.pkl (splits xsub/xview or xsub/xset)
and a summary that says which coordinates are usable. See docs/datasets.md.
"""
import argparse
import os.path as osp
import sys

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..', '..')
sys.path.insert(0, REPO_ROOT)

from mmaction_har.cli.common import run_tool  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn NTU RGB+D .skeleton files into an MMAction2 pose '
        'pickle with the cross-subject and cross-view (60) or cross-setup '
        '(120) splits.')
    parser.add_argument('skeleton_dir', help='folder with '
                        'SsssCcccPpppRrrrAaaa.skeleton files (recursive)')
    parser.add_argument('out_dir', help='where to write the pickle')
    parser.add_argument('--benchmark', choices=('auto', 'ntu60', 'ntu120'),
                        default='auto', help='default: ntu120 if any action '
                        '> 60 or setup > 17, else ntu60')
    parser.add_argument('--coords', choices=('3d', 'color', 'depth'),
                        default='3d', help='3d: x, y, z in metres; color: '
                        'RGB pixels (1920x1080); depth: depth-map pixels '
                        '(512x424). Default 3d')
    parser.add_argument('--max-bodies', type=int, default=2,
                        help='keep at most this many bodies (default 2)')
    parser.add_argument('--min-frames', type=int, default=11,
                        help='drop bodies seen in fewer frames (default 11)')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the pickle even if a protocol split is '
                        'empty (e.g. a subset of the cameras)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.ntu.prepare import prepare_ntu
    out = prepare_ntu(args.skeleton_dir, args.out_dir, args.benchmark,
                      args.coords, args.max_bodies, args.min_frames,
                      allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{out["benchmark"]}: {len(out["annotations"])} samples ({splits})'
          f'; left out: {len(out["skipped"])}')
    for coords, files in out['degenerate_files'].items():
        if files:
            print(f'{len(files)} files with degenerate {coords} frames')
    for path in out['outputs']:
        print(f'wrote {path}')
    for problem in out['problems']:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if out['problems'] else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
