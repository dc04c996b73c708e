"""``tools/data/prepare_hmdb51.py``: official splits -> video lists."""
import argparse

from .. import parsers


def build_parser():
    return argparse.ArgumentParser(
        description='Turn HMDB51 official split files '
        '({class}_test_splitK.txt; flags 1 train, 2 test, 0 unused) into '
        'MMAction2 video lists.',
        parents=[parsers.split_files('the testTrainMulti_7030_splits folder',
                                     'folder with class/video.avi'),
                 parsers.allow_empty_split('the lists')])


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.hmdb51 import prepare_hmdb51
    from ...importers.video_lists import report_video_lists
    return report_video_lists(prepare_hmdb51(
        args.split_dir, args.video_root, args.out_dir, splits=args.splits,
        media=args.media, allow_empty_splits=args.allow_empty_split))
