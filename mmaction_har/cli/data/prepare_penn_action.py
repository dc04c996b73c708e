"""``tools/data/prepare_penn_action.py``: Penn Action labels -> pose pkl."""
import argparse

from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Turn Penn Action label files (NNNN.mat) into an '
        'MMAction2 pose pickle split by the official train flag.',
        parents=[parsers.allow_empty_split()])
    parser.add_argument('labels_dir', help='the Penn_Action/labels folder')
    parser.add_argument('out_dir', help='where to write the pickle')
    parser.add_argument('--frames-dir', help='the Penn_Action/frames folder '
                        '(NNNN/000001.jpg ...); also writes rawframe lists')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.outputs import report_outputs
    from ...importers.penn_action import prepare_penn_action
    out = prepare_penn_action(args.labels_dir, args.out_dir, args.frames_dir,
                              allow_empty_splits=args.allow_empty_split)
    splits = ', '.join(f'{k} {len(v)}' for k, v in out['split'].items())
    print(f'{len(out["annotations"])} sequences ({splits}); left out: '
          f'{len(out["skipped"])}; frame-count notes: {len(out["notes"])}')
    return report_outputs(out['outputs'], out['problems'])
