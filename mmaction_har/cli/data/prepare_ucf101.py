"""``tools/data/prepare_ucf101.py``: official splits -> video lists."""
import argparse

from .. import parsers


def build_parser():
    return argparse.ArgumentParser(
        description='Turn UCF101 official split files (classInd.txt, '
        'trainlist0K.txt, testlist0K.txt) into MMAction2 video lists.',
        parents=[parsers.split_files('the ucfTrainTestlist folder',
                                     'folder with Class/v_*.avi'),
                 parsers.allow_empty_split('the lists')])


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...importers.ucf101 import prepare_ucf101
    from ...importers.video_lists import report_video_lists
    return report_video_lists(prepare_ucf101(
        args.split_dir, args.video_root, args.out_dir, splits=args.splits,
        media=args.media, allow_empty_splits=args.allow_empty_split))
