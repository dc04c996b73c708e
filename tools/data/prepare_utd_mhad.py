"""Convert UTD-MHAD skeletons (and depth paths) to an MMAction2 pose pickle.

Usage:
    python tools/data/prepare_utd_mhad.py ROOT [--out OUT.pkl] [--dmm-size N]

ROOT holds ``skeleton/`` (``a*_s*_t*_skeleton.mat``) and optionally
``depth/`` (``a*_s*_t*_depth.mat``). Logic:
:mod:`mmaction_har.importers.utd_mhad`.
"""
import argparse
import os
import os.path as osp
import sys

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
sys.path.insert(0, REPO)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.errors import HarError, MissingFileError  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description='Write the UTD-MHAD cross-subject pose pickle '
        '(subjects 1,3,5,7 train; 2,4,6,8 test) for PoseDataset.')
    parser.add_argument('root', help='UTD-MHAD folder with skeleton/ '
                        '(and optionally depth/)')
    parser.add_argument('--out', default='data/utd_mhad/utd_mhad_xsub.pkl',
                        help='output pickle (default: %(default)s)')
    parser.add_argument('--skeleton-dir', help='skeleton folder '
                        '(default: ROOT/skeleton)')
    parser.add_argument('--depth-dir', help='depth folder (default: '
                        'ROOT/depth if it exists); "none" to skip depth')
    parser.add_argument('--dmm-size', type=int, help='also precompute the '
                        'depth motion maps (3 x SIZE x SIZE) of the sequences '
                        'with depth (about 1 s each)')
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    import mmengine

    from mmaction_har.importers.utd_mhad import build_annotations
    skeleton_dir = args.skeleton_dir or osp.join(args.root, 'skeleton')
    if not osp.isdir(skeleton_dir):
        raise MissingFileError('UTD-MHAD skeleton folder', skeleton_dir)
    if args.depth_dir == 'none':
        depth_dir = None
    elif args.depth_dir:
        if not osp.isdir(args.depth_dir):
            raise MissingFileError('UTD-MHAD depth folder', args.depth_dir)
        depth_dir = args.depth_dir
    else:
        depth_dir = osp.join(args.root, 'depth')
        depth_dir = depth_dir if osp.isdir(depth_dir) else None
    try:
        data = build_annotations(skeleton_dir, depth_dir,
                                 dmm_size=args.dmm_size)
    except FileNotFoundError as err:
        raise HarError(str(err)) from err
    os.makedirs(osp.dirname(osp.abspath(args.out)), exist_ok=True)
    mmengine.dump(data, args.out)
    counts = ', '.join(f'{k}: {len(v)}' for k, v in data['split'].items())
    print(f'wrote {args.out}: {len(data["annotations"])} sequences, '
          f'{len(data["classes"])} classes ({counts})')


if __name__ == '__main__':
    run_tool(main)
