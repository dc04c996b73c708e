"""``tools/data/make_demo_raw.py``: a demo corpus in the raw layouts."""
import argparse
import os.path as osp


def build_parser():
    parser = argparse.ArgumentParser(
        description='Write a demo corpus again as raw KTH (videos + '
        '00sequences.txt) and child-dataset (OpenPose JSON + children.csv) '
        'layouts, plus BAST-like recordings with ELAN files, for the '
        'importers.')
    parser.add_argument('corpus_dir', help='folder written by '
                        'tools/data/make_demo_corpus.py')
    parser.add_argument('--out-dir', help='default: CORPUS_DIR/raw')
    parser.add_argument('--no-bast', action='store_true',
                        help='skip the BAST-like recordings')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...demo.raw_layouts import kth_person_split, write_raw_layouts
    from ...errors import MissingFileError
    if not osp.isfile(osp.join(args.corpus_dir, 'corpus.json')):
        raise MissingFileError('demo corpus (corpus.json)',
                               osp.join(args.corpus_dir, 'corpus.json'))
    for name, path in write_raw_layouts(args.corpus_dir, args.out_dir,
                                        bast=not args.no_bast).items():
        print(f'{name}: {path}')
    print('KTH person split: --persons '
          + ' '.join(kth_person_split(args.corpus_dir)))
    return 0
