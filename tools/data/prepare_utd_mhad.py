"""Convert UTD-MHAD skeletons (and depth paths) to an MMAction2 pose pickle.

Usage:
    python tools/data/prepare_utd_mhad.py ROOT [OUT_DIR] [--dmm-size N]

ROOT holds ``skeleton/`` (``a*_s*_t*_skeleton.mat``) and optionally
``depth/`` (``a*_s*_t*_depth.mat``). Writes OUT_DIR/utd_mhad_xsub.pkl and
utd_mhad_xsub_summary.md (OUT_DIR default: data/utd_mhad). Logic:
:mod:`mmaction_har.importers.utd_mhad`.
"""
import argparse
import os.path as osp
import sys

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
sys.path.insert(0, REPO)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.errors import MissingFileError  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description='Write the UTD-MHAD cross-subject pose pickle '
        '(subjects 1,3,5,7 train; 2,4,6,8 test) for PoseDataset, and its '
        'summary.')
    parser.add_argument('root', help='UTD-MHAD folder with skeleton/ '
                        '(and optionally depth/)')
    parser.add_argument('out_dir', nargs='?', default='data/utd_mhad',
                        help='output folder (default: %(default)s)')
    parser.add_argument('--skeleton-dir', help='skeleton folder '
                        '(default: ROOT/skeleton)')
    parser.add_argument('--depth-dir', help='depth folder (default: '
                        'ROOT/depth if it exists); "none" to skip depth')
    parser.add_argument('--dmm-size', type=int, help='also precompute the '
                        'depth motion maps (3 x SIZE x SIZE) of the sequences '
                        'with depth (about 1 s each)')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the pickle even if train or test is '
                        'empty')
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    from mmaction_har.importers.utd_mhad import prepare_utd_mhad
    skeleton_dir = args.skeleton_dir or osp.join(args.root, 'skeleton')
    if args.depth_dir == 'none':
        depth_dir = None
    elif args.depth_dir:
        if not osp.isdir(args.depth_dir):
            raise MissingFileError('UTD-MHAD depth folder', args.depth_dir)
        depth_dir = args.depth_dir
    else:
        depth_dir = osp.join(args.root, 'depth')
        depth_dir = depth_dir if osp.isdir(depth_dir) else None
    out = prepare_utd_mhad(skeleton_dir, args.out_dir, depth_dir,
                           args.dmm_size,
                           allow_empty_splits=args.allow_empty_split)
    data = out['data']
    counts = ', '.join(f'{k} {len(v)}' for k, v in data['split'].items())
    print(f'{len(data["annotations"])} sequences, {len(data["classes"])} '
          f'classes ({counts}); left out: {len(out["skipped"])}')
    for path in out['outputs']:
        print(f'wrote {path}')
    for problem in out['problems']:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if out['problems'] else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
