"""``tools/data/prepare_utd_mhad.py``: UTD-MHAD skeletons -> pose pkl."""
import argparse
import os
import os.path as osp

from ...errors import HarError, MissingFileError


def build_parser():
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
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    import mmengine

    from ...importers.utd_mhad import build_annotations
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
