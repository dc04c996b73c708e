"""``tools/detect_long_video.py``: arguments and the run over videos."""
import argparse

from . import parsers


def build_parser():
    parser = argparse.ArgumentParser(
        description='Find actions in long videos: score sliding windows of a '
        'video (or of every video under a folder) with a recognizer, in one '
        'sequential decoding pass with bounded memory, and write per-window '
        'scores and a timeline of segments.',
        parents=[parsers.overwrite('timeline.json exists'),
                 parsers.no_progress(),
                 parsers.cfg_options('model.cls_head.average_clips=prob')])
    parser.add_argument('source', help='a video file or a folder of videos '
                        '(searched recursively)')
    parser.add_argument('config', help='recognizer config')
    parser.add_argument('checkpoint', help='recognizer checkpoint')
    parser.add_argument('--out-dir', default='work_dirs/detect',
                        help='output folder (one sub-folder per video, '
                        'summary.csv/json); default work_dirs/detect')
    win = parser.add_argument_group('windows')
    win.add_argument('--window', type=float, default=10.0,
                     help='window length in seconds (default 10)')
    win.add_argument('--stride', type=float, default=5.0,
                     help='seconds between window starts (default 5)')
    win.add_argument('--no-cover-end', action='store_true',
                     help='do not add a last window ending at the last frame')
    win.add_argument('--batch-size', type=int, default=8,
                     help='windows per model call (default 8)')
    win.add_argument('--device', default='cpu', help='cpu or cuda:0')
    tl = parser.add_argument_group('timeline')
    tl.add_argument('--classes', help='class names file (default: found '
                    'next to the config\'s test list)')
    tl.add_argument('--mode', choices=('top1', 'multi'), default='top1',
                    help='top1: a window gets its best class if it passes '
                    'its threshold; multi: every class that passes '
                    '(default top1)')
    tl.add_argument('--threshold', type=float, default=0.0,
                    help='default minimum score of a label (default 0)')
    tl.add_argument('--thresholds', help='JSON of per-class thresholds '
                    '(e.g. from tools/analysis/select_threshold.py)')
    tl.add_argument('--class-threshold', nargs='+', default=[],
                    metavar='NAME=VALUE', help='per-class thresholds; '
                    'override --thresholds')
    tl.add_argument('--ignore', nargs='+', default=[], metavar='NAME',
                    help='classes never put on the timeline (background)')
    tl.add_argument('--min-duration', type=float, default=0.0,
                    help='drop segments shorter than this (seconds)')
    tl.add_argument('--max-gap', type=float, default=0.0,
                    help='join segments of one label separated by at most '
                    'this many seconds of window starts (default 0: only '
                    'consecutive windows merge)')
    parser.add_argument('--annotate', action='store_true',
                        help='also write annotated.mp4 (a second pass)')
    parser.add_argument('--pose-backend', default='mediapipe',
                        help='pose extractor for skeleton models '
                        '(mmaction_har.pose backend; default mediapipe)')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ..apis import load_recognizer
    from ..detection.batch import detect_many, find_videos
    from ..detection.detector import StreamingDetector
    from ..detection.thresholds import timeline_settings
    find_videos(args.source)  # fail on a bad source before loading a model
    model = load_recognizer(args.config, args.checkpoint, args.device,
                            args.cfg_options, classes=args.classes)
    timeline = timeline_settings(
        model.class_names, args.threshold, args.thresholds,
        args.class_threshold, args.ignore, args.mode, args.max_gap,
        args.min_duration)
    pose_fn = None
    if model.pipeline.modality == 'Pose':
        from ..detection.pose import BackendPoseFn
        pose_fn = BackendPoseFn(args.pose_backend)
    detector = StreamingDetector(model, args.window, args.stride,
                                 args.batch_size, pose_fn,
                                 cover_end=not args.no_cover_end)
    rows = detect_many(detector, args.source, args.out_dir, timeline,
                       annotate=args.annotate, overwrite=args.overwrite,
                       progress=not args.no_progress)
    done = sum(r['status'] == 'done' for r in rows)
    skipped = sum(r['status'].startswith('skipped') for r in rows)
    failed = [r for r in rows if r['status'].startswith('failed')]
    print(f'videos: {done} done, {skipped} skipped (already done), '
          f'{len(failed)} failed; outputs in {args.out_dir}')
    for r in failed:
        print(f'{r["video"]}: {r["status"]}')
    return 1 if failed else 0
