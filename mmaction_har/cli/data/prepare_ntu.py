"""``tools/data/prepare_ntu.py``: NTU RGB+D .skeleton files -> pose pkl."""
import argparse

from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn NTU RGB+D .skeleton files into an MMAction2 pose '
        'pickle with the cross-subject and cross-view (60) or cross-setup '
        '(120) splits.',
        parents=[parsers.allow_empty_split('the pickle')])
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
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.ntu.prepare import prepare_ntu
    from ...importers.outputs import report_outputs
    out = prepare_ntu(args.skeleton_dir, args.out_dir, args.benchmark,
                      args.coords, args.max_bodies, args.min_frames,
                      allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{out["benchmark"]}: {len(out["annotations"])} samples ({splits})'
          f'; left out: {len(out["skipped"])}')
    for coords, files in out['degenerate_files'].items():
        if files:
            print(f'{len(files)} files with degenerate {coords} frames')
    return report_outputs(out['outputs'], out['problems'])
