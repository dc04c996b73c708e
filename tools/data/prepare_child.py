"""Prepare the child action dataset: OpenPose JSON or CSV -> a pose pickle.

Usage: python tools/data/prepare_child.py SOURCE OUT_DIR [--keypoints 24]
       [--actions all] [--metadata children.csv]

Writes child_{N}cls_{V}kp.pkl (split by child, seeded) and a summary. See
docs/datasets.md for the input layouts.
"""
import argparse
import os.path as osp
import sys

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..', '..')
sys.path.insert(0, REPO_ROOT)

from mmaction_har.cli.common import run_tool  # noqa: E402
from mmaction_har.importers.validate import MEDIA_LEVELS  # noqa: E402


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn child-dataset skeletons (OpenPose JSON folders '
        '{child}/{action}/{clip}/*.json, or CSV frame,child_id,label,x0,y0,'
        'c0,...) into an MMAction2 pose pickle split by child.')
    parser.add_argument('source', help='root of the JSON clip folders, or a '
                        'CSV file or folder of CSV files')
    parser.add_argument('out_dir', help='where to write the pickle')
    parser.add_argument('--format', choices=('auto', 'json', 'csv'),
                        default='auto', help='default: csv if SOURCE is or '
                        'holds .csv files, else json')
    parser.add_argument('--pattern', default='{child}/{action}/{clip}',
                        help='JSON clip folders relative to SOURCE '
                        '(default {child}/{action}/{clip})')
    parser.add_argument('--keypoints', default='24', help='24 (BODY_25 '
                        'without mid hip), 18 (COCO-18), 14 (COCO-18 '
                        'without eyes/ears), 25 or 17 (COCO-17); default 24')
    parser.add_argument('--actions', default='all', help='all, no-run, '
                        'no-go, no-run-go, or a comma-separated list of box,'
                        'clap,go,jog,run,walk,wave')
    parser.add_argument('--split', type=float, nargs=3, default=(0.7, 0.15,
                                                                 0.15),
                        metavar=('TRAIN', 'VAL', 'TEST'),
                        help='shares of children (default 0.7 0.15 0.15)')
    parser.add_argument('--seed', type=int, default=0,
                        help='seed of the split (default 0)')
    parser.add_argument('--metadata', help='CSV with child_id and e.g. '
                        'age,gender; carried into the annotations')
    parser.add_argument('--split-column', help='a column of --metadata '
                        'with each child\'s split (train/val/test), instead '
                        'of the random split by --split')
    parser.add_argument('--video-root', help='the RGB videos '
                        '({child}/{action}/{clip}.mp4): also write '
                        'child_NNcls_{train,val,test}_videos.txt with the '
                        'same split')
    parser.add_argument('--media', choices=MEDIA_LEVELS, default='exists',
                        help='how hard to check those videos (default '
                        'exists)')
    parser.add_argument('--img-shape', type=int, nargs=2,
                        metavar=('H', 'W'), help='video size; default: from '
                        'the largest coordinates of each clip')
    parser.add_argument('--conf-thr', type=float, default=0.1,
                        help='keypoint confidence for person boxes '
                        '(default 0.1)')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the outputs even if train, val or test '
                        'has no clip')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.child.prepare import prepare_child
    out = prepare_child(args.source, args.out_dir, args.format, args.pattern,
                        args.keypoints, args.actions, tuple(args.split),
                        args.seed, args.metadata, args.img_shape,
                        args.conf_thr, split_column=args.split_column,
                        video_root=args.video_root, media=args.media,
                        allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{len(out["annotations"])} clips ({splits}); keypoints '
          f'{out["layout"]}; classes {", ".join(out["classes"])}')
    for path in out['outputs']:
        print(f'wrote {path}')
    for problem in out['problems']:
        print(f'problem: {problem}', file=sys.stderr)
    return 1 if out['problems'] else 0


if __name__ == '__main__':
    sys.exit(run_tool(main))
