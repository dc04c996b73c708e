"""``tools/data/prepare_utd_mhad.py``: UTD-MHAD skeletons -> pose pkl.

Writes OUT_DIR/utd_mhad_xsub.pkl and utd_mhad_xsub_summary.md (OUT_DIR
default: data/utd_mhad); with ``--layout penn-action-2d``,
utd_mhad_xsub_penn-action-2d.pkl and its summary.
"""
import argparse
import os.path as osp

from ...errors import MissingFileError
from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Write the UTD-MHAD cross-subject pose pickle '
        '(subjects 1,3,5,7 train; 2,4,6,8 test) for PoseDataset, and its '
        'summary.',
        parents=[parsers.allow_empty_split('the pickle')])
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
    parser.add_argument('--layout', choices=['penn-action-2d'],
                        help="penn-action-2d: Penn Action's 13 joints "
                        'projected onto the depth image, written as '
                        'utd_mhad_xsub_penn-action-2d.pkl (for transfer '
                        'from Penn Action); default: the 20 Kinect joints '
                        'in 3D')
    return parser


def _depth_dir(args):
    if args.depth_dir == 'none':
        return None
    if args.depth_dir:
        if not osp.isdir(args.depth_dir):
            raise MissingFileError('UTD-MHAD depth folder', args.depth_dir)
        return args.depth_dir
    depth_dir = osp.join(args.root, 'depth')
    return depth_dir if osp.isdir(depth_dir) else None


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.outputs import report_outputs
    from ...importers.utd_mhad import prepare_utd_mhad
    skeleton_dir = args.skeleton_dir or osp.join(args.root, 'skeleton')
    out = prepare_utd_mhad(skeleton_dir, args.out_dir, _depth_dir(args),
                           args.dmm_size,
                           allow_empty_splits=args.allow_empty_split,
                           layout=args.layout)
    data = out['data']
    counts = ', '.join(f'{k} {len(v)}' for k, v in data['split'].items())
    print(f'{len(data["annotations"])} sequences, {len(data["classes"])} '
          f'classes ({counts}); left out: {len(out["skipped"])}')
    return report_outputs(out['outputs'], out['problems'])
