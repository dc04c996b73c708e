"""``tools/data/prepare_child.py``: child-dataset skeletons -> pose pkl."""
import argparse

from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn child-dataset skeletons (OpenPose JSON folders '
        '{child}/{action}/{clip}/*.json, or CSV frame,child_id,label,x0,y0,'
        'c0,...) into an MMAction2 pose pickle split by child.',
        parents=[parsers.shares('children'),
                 parsers.allow_empty_split(),
                 parsers.seed('seed of the split (default 0)'),
                 parsers.media('those videos', default='exists')])
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
    parser.add_argument('--metadata', help='CSV with child_id and e.g. '
                        'age,gender; carried into the annotations')
    parser.add_argument('--split-column', help='a column of --metadata '
                        'with each child\'s split (train/val/test), instead '
                        'of the random split by --split')
    parser.add_argument('--video-root', help='the RGB videos '
                        '({child}/{action}/{clip}.mp4): also write '
                        'child_NNcls_{train,val,test}_videos.txt with the '
                        'same split')
    parser.add_argument('--img-shape', type=int, nargs=2,
                        metavar=('H', 'W'), help='video size; default: from '
                        'the largest coordinates of each clip')
    parser.add_argument('--conf-thr', type=float, default=0.1,
                        help='keypoint confidence for person boxes '
                        '(default 0.1)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.child.prepare import prepare_child
    from ...importers.outputs import report_outputs
    out = prepare_child(args.source, args.out_dir, args.format, args.pattern,
                        args.keypoints, args.actions, tuple(args.split),
                        args.seed, args.metadata, args.img_shape,
                        args.conf_thr, split_column=args.split_column,
                        video_root=args.video_root, media=args.media,
                        allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{len(out["annotations"])} clips ({splits}); keypoints '
          f'{out["layout"]}; classes {", ".join(out["classes"])}')
    return report_outputs(out['outputs'], out['problems'])
