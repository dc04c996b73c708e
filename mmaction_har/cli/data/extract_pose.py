"""``tools/data/extract_pose.py``: video lists -> a pose pkl."""
import argparse

from ...errors import HarError
from ...pose.backend import backend_names
from .. import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Video list(s) -> MMAction2 pose pkl (COCO-17 keypoints '
        'of the main person, tracked across frames).',
        parents=[parsers.workers()])
    parser.add_argument('video_list', nargs='?',
                        help='one MMAction2 video list ("path label" lines); '
                        'the pkl then has no split')
    parser.add_argument('--lists', nargs='+', metavar='SPLIT=FILE',
                        help='named lists, e.g. train=a.txt val=b.txt; the '
                        'pkl gets split=dict(train=[...], ...)')
    parser.add_argument('--data-root', default='',
                        help='folder the listed paths are relative to')
    parser.add_argument('--classes', help='class names, one per line; '
                        'written as "classes" in the pkl')
    parser.add_argument('--out', required=True, help='the pose pkl to write')
    parser.add_argument('--backend', default='mediapipe',
                        choices=backend_names(),
                        help='mediapipe (default, offline BlazePose) or '
                        'mmpose (a top-down model: --pose-config)')
    parser.add_argument('--max-side', type=int, help='decode frames '
                        'downscaled so the longer side is at most this '
                        '(keypoints stay in original pixels), e.g. 960 for '
                        '1080p: about twice as fast')
    parser.add_argument('--cache-dir', help='keep one result file per '
                        'finished video here; a re-run skips them')
    parser.add_argument('--allow-failed', action='store_true',
                        help='write the pkl without the failed videos and '
                        'exit 0')
    track = parser.add_argument_group('tracking of the main person')
    track.add_argument('--iou-thr', type=float, default=0.3)
    track.add_argument('--max-jump', type=float, default=0.5,
                       help='largest centre move, in box diagonals')
    track.add_argument('--max-lost', type=int, default=15,
                       help='lost frames before a new main person is picked')
    mmpose = parser.add_argument_group('mmpose backend')
    mmpose.add_argument('--pose-config', help='MMPose top-down config')
    mmpose.add_argument('--pose-checkpoint', help='its checkpoint '
                        '(without: random weights, for tests)')
    mmpose.add_argument('--device', default='cpu')
    mmpose.add_argument('--person-boxes', default='track',
                        choices=['track', 'frame', 'mediapipe'],
                        help='where person boxes come from (default track)')
    return parser


def parse_lists(args):
    """``{split or None: file}`` from the positional list or ``--lists``."""
    if bool(args.video_list) == bool(args.lists):
        raise HarError('give either one video list or --lists '
                       'SPLIT=FILE [SPLIT=FILE ...]')
    if args.video_list:
        return {None: args.video_list}
    lists = {}
    for spec in args.lists:
        name, sep, path = spec.partition('=')
        if not sep or not name or not path:
            raise HarError(f'--lists {spec!r}: expected SPLIT=FILE, e.g. '
                           'train=train_list.txt')
        if name in lists:
            raise HarError(f'--lists names split {name!r} twice')
        lists[name] = path
    return lists


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...pose import (extract_poses, read_classes, read_inputs,
                         write_failed_list, write_pose_pkl)
    from ...pose.extract import native_stderr_silenced
    lists = parse_lists(args)
    classes = read_classes(args.classes) if args.classes else None
    items = read_inputs(lists, classes)
    if args.backend == 'mmpose':
        options = dict(config=args.pose_config,
                       checkpoint=args.pose_checkpoint, device=args.device,
                       boxes=args.person_boxes)
    else:
        options = {}
    tracker = dict(iou_thr=args.iou_thr, max_jump=args.max_jump,
                   max_lost=args.max_lost)
    with native_stderr_silenced():
        result = extract_poses(items, args.data_root, args.backend, options,
                               max_side=args.max_side,
                               tracker_options=tracker, workers=args.workers,
                               cache_dir=args.cache_dir)
    failed = write_failed_list(result, args.out)
    print(result.summary())
    if failed and not args.allow_failed:
        raise HarError(f'{len(result.failed)} of {len(items)} videos failed '
                       f'(reasons in {failed}); no pkl written: fix them or '
                       f'pass --allow-failed to write it without them')
    write_pose_pkl(result, items, args.out, classes,
                   named_splits=None not in lists)
    print(f'wrote {args.out}')
    if failed:
        print(f'wrote {failed}')
    return 0
