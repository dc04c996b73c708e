"""``tools/data/strip_background.py``: keep only the person in videos."""
import argparse
import sys

from .. import parsers


def build_parser():
    p = argparse.ArgumentParser(
        description='Replace the background of the videos of an MMAction2 '
        'video list, keeping the person: mediapipe segmentation (seg), '
        'keypoints of a pose pkl (pose) or a fixed-camera background model '
        '(static).',
        parents=[parsers.workers(), parsers.codec('output video'),
                 parsers.seed('seed of --fill noise (default 0)'),
                 parsers.overwrite('outputs exist'), parsers.no_progress()])
    p.add_argument('list', help='video list ("path label" lines; extra '
                   'columns such as KTH frame ranges are kept)')
    p.add_argument('--data-root', required=True,
                   help='folder the list paths are relative to')
    p.add_argument('--out-root', required=True,
                   help='output folder (mirrors the list paths)')
    p.add_argument('--out-list', help='new list (required unless '
                   '--masks-only; there it lists the original paths)')
    p.add_argument('--method', required=True,
                   choices=('seg', 'pose', 'static'))
    p.add_argument('--pose-pkl', help='MMAction2 pose pkl (COCO-17, one '
                   'entry per video frame) for --method pose')
    p.add_argument('--fill', default='black', help='black, blur, noise or '
                   'R,G,B (default black)')
    p.add_argument('--dilate', type=float, default=0.0, metavar='PX',
                   help='grow masks by PX source pixels (default 0)')
    p.add_argument('--smooth', type=int, default=1, metavar='FRAMES',
                   help='temporal smoothing window (default 1: none)')
    p.add_argument('--masks-only', action='store_true',
                   help='write only the .npz masks (for ApplyPersonMask)')
    p.add_argument('--seg-model', default='selfie',
                   choices=('selfie', 'selfie-general', 'pose'),
                   help='model of --method seg (default selfie)')
    p.add_argument('--static-model', default='median',
                   choices=('median', 'mog2'),
                   help='background model of --method static')
    p.add_argument('--static-threshold', type=float, default=25.0,
                   help='difference threshold of --method static')
    p.add_argument('--pose-width', type=float, default=1.0,
                   help='limb thickness multiplier of --method pose')
    p.add_argument('--mask-size', type=int, default=256,
                   help='longest side of stored masks (default 256)')
    p.add_argument('--failed-list', help='where to list failed videos '
                   '(default OUT_LIST minus extension + .failed.txt)')
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    from ...background import StripOptions, strip_list
    from ...errors import HarError
    from ...pose.extract import native_stderr_silenced
    if not args.out_list and not args.masks_only:
        raise HarError('--out-list is required (unless --masks-only)')
    options = StripOptions(
        method=args.method, fill=args.fill, dilate=args.dilate,
        smooth=args.smooth, mask_size=args.mask_size,
        seg_model=args.seg_model, static_model=args.static_model,
        static_threshold=args.static_threshold, pose_width=args.pose_width,
        codec=args.codec, seed=args.seed)
    # mediapipe's native log lines (seg method) stay off the terminal.
    with native_stderr_silenced(args.method == 'seg'):
        summary = strip_list(
            args.list, args.data_root, args.out_root, args.out_list, options,
            pose_pkl=args.pose_pkl, workers=args.workers,
            masks_only=args.masks_only, failed_list=args.failed_list,
            overwrite=args.overwrite, progress=not args.no_progress)
    rate = summary.frames / max(summary.seconds, 1e-9)
    print(f'stripped {len(summary.done)} videos ({summary.frames} frames, '
          f'{rate:.1f} frames/s), skipped {len(summary.skipped)} already '
          f'done, failed {len(summary.failed)}')
    if args.out_list:
        print(f'wrote {args.out_list}')
    if summary.failed:
        print(f'failed videos listed in {summary.failed_list}',
              file=sys.stderr)
        return 1
    return 0
