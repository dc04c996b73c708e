"""Prepare UCF101: official split files -> MMAction2 video lists.

Usage: python tools/data/prepare_ucf101.py SPLIT_DIR VIDEO_ROOT OUT_DIR

Writes ucf101_{train,val}_split_K_videos.txt (``path label``),
ucf101_classes.txt and ucf101_summary.md. See docs/datasets.md.
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
        description='Turn UCF101 official split files (classInd.txt, '
        'trainlist0K.txt, testlist0K.txt) into MMAction2 video lists.')
    parser.add_argument('split_dir', help='the ucfTrainTestlist folder')
    parser.add_argument('video_root', help='folder with Class/v_*.avi')
    parser.add_argument('out_dir', help='where to write the lists')
    parser.add_argument('--splits', type=int, nargs='+', choices=(1, 2, 3),
                        help='which splits (default: all found)')
    parser.add_argument('--media', choices=MEDIA_LEVELS, default='decode',
                        help='how hard to check each video (default decode)')
    parser.add_argument('--allow-empty-split', action='store_true',
                        help='write the lists even if one is empty')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from mmaction_har.importers.ucf101 import prepare_ucf101
    from mmaction_har.importers.video_lists import report_video_lists
    result = prepare_ucf101(args.split_dir, args.video_root, args.out_dir,
                            splits=args.splits, media=args.media,
                            allow_empty_splits=args.allow_empty_split)
    return report_video_lists(result)


if __name__ == '__main__':
    sys.exit(run_tool(main))
