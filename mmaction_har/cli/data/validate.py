"""``tools/data/validate.py``: check an annotation file and its media."""
import argparse
import os.path as osp

from ...importers.validate import FORMATS
from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Check an MMAction2 annotation file (video list, '
        'subsequence list, rawframe list or pose pickle) and the media it '
        'names; print a Markdown report.',
        parents=[parsers.media()])
    parser.add_argument('ann_file', help='the annotation file')
    parser.add_argument('--format', choices=('auto',) + FORMATS,
                        default='auto', help='default: from the file')
    parser.add_argument('--data-prefix', default='',
                        help='folder the paths in a list are relative to')
    parser.add_argument('--classes', help='class names, one per line (for '
                        'the label range and the table); default: '
                        '<prefix>_classes.txt next to ANN_FILE if present')
    parser.add_argument('--num-classes', type=int,
                        help='number of classes, if no --classes')
    parser.add_argument('--out-dir', help='also write <name>_validation.md '
                        'and <name>_classes.png here')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.validate import read_classes, validate_annotation
    from ...utils import atomic_write
    classes = read_classes(args.classes) if args.classes else None
    sibling = osp.join(osp.dirname(args.ann_file), osp.basename(
        args.ann_file).split('_')[0] + '_classes.txt')
    if classes is None and args.num_classes is None and \
            osp.isfile(sibling):
        classes = read_classes(sibling)  # written by the prepare_* tools
        print(f'class names from {sibling}')
    report = validate_annotation(args.ann_file, args.format,
                                 args.data_prefix, classes, args.num_classes,
                                 args.media, progress=True)
    text = report.to_markdown()
    print(text)
    if args.out_dir:
        stem = osp.splitext(osp.basename(args.ann_file))[0]
        with atomic_write(osp.join(args.out_dir,
                                   f'{stem}_validation.md')) as f:
            f.write(report.to_markdown(max_listed=10 ** 6))
        report.plot(osp.join(args.out_dir, f'{stem}_classes.png'))
        print(f'wrote {args.out_dir}/{stem}_validation.md and '
              f'{stem}_classes.png')
    if not report.ok:
        from ...errors import HarError
        raise HarError(report.error_line())
    return 0
