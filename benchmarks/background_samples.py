"""Strip the real clips of ``../shared/data`` and draw sample sheets.

Runs ``strip_list`` (the tool's code path) on ``videos/*`` and
``kth/videos/*`` of the shared data folder (``$HAR_SHARED_DATA``, default
``../shared/data``), then decodes each *stripped video* back and saves a PNG
sheet per video: original | mask | stripped, three frames.

Usage:
    python benchmarks/background_samples.py [--method seg] [--seg-model
        selfie] [--out DIR] [--docs NAME ...]

``--docs`` copies the sheets of the named videos (file stems) to
``docs/images/background/``.
"""
import argparse
import os
import os.path as osp
import shutil
import sys

import numpy as np

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..')
sys.path.insert(0, REPO_ROOT)
DOCS_IMAGES = osp.join(REPO_ROOT, 'docs', 'images', 'background')


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--data', default=os.environ.get(
        'HAR_SHARED_DATA', osp.join(REPO_ROOT, '..', 'shared', 'data')))
    p.add_argument('--method', default='seg')
    p.add_argument('--seg-model', default='selfie')
    p.add_argument('--fill', default='black')
    p.add_argument('--dilate', type=float, default=0.0)
    p.add_argument('--smooth', type=int, default=1)
    p.add_argument('--workers', type=int, default=1)
    p.add_argument('--out', default='work_dirs/benchmarks/background_samples')
    p.add_argument('--docs', nargs='*', default=[],
                   help='video stems whose sheets are copied to '
                   'docs/images/background')
    return p.parse_args(argv)


def _sheet_frames(masks, count=3):
    """Evenly spaced frames among those showing the person (the frames of
    a walker who has left the view are blank either way)."""
    area = masks.reshape(len(masks), -1).mean(1)
    shown = np.flatnonzero(area >= 0.2 * area.max()) if area.max() > 0 \
        else np.arange(len(masks))
    pick = np.linspace(0, len(shown) - 1, count + 2)[1:-1]
    return shown[np.round(pick).astype(int)]


def main(argv=None):
    args = parse_args(argv)
    from mmaction_har.background import StripOptions, load_masks, strip_list
    from mmaction_har.background.runner import output_paths
    from mmaction_har.background.sheet import sample_sheet
    from mmaction_har.background.video import open_video, read_frames
    rels = sorted(
        osp.join(sub, name) for sub in ('videos', osp.join('kth', 'videos'))
        for name in os.listdir(osp.join(args.data, sub))
        if name.endswith(('.mp4', '.avi')))
    os.makedirs(args.out, exist_ok=True)
    in_list = osp.join(args.out, 'videos.txt')
    with open(in_list, 'w') as f:
        f.writelines(f'{rel} 0\n' for rel in rels)
    options = StripOptions(method=args.method, seg_model=args.seg_model,
                           fill=args.fill, dilate=args.dilate,
                           smooth=args.smooth)
    out_root = osp.join(args.out, 'stripped')
    summary = strip_list(in_list, args.data, out_root,
                         osp.join(args.out, 'stripped.txt'), options,
                         workers=args.workers)
    print(f'stripped {len(summary.done)}, skipped {len(summary.skipped)}, '
          f'failed {len(summary.failed)} in {summary.seconds:.1f}s')
    for rel, reason in summary.failed.items():
        print(f'failed: {rel}: {reason}')
    tag = args.method + ('-' + args.seg_model if args.method == 'seg'
                         else '')
    for rel in rels:
        if rel in summary.failed:
            continue
        video_out, mask_out = output_paths(rel, out_root, options.codec)
        reader, info = open_video(osp.join(args.data, rel))
        volume = load_masks(mask_out)
        inds = _sheet_frames(volume.masks)
        original = read_frames(reader, inds)
        stripped = read_frames(open_video(video_out)[0], inds)
        masks = volume.full_res(inds)
        stem = osp.splitext(osp.basename(rel))[0]
        png = osp.join(args.out, f'{stem}_{tag}.png')
        sample_sheet(png, original, masks, stripped,
                     title=f'{osp.basename(rel)} ({tag}, fill {args.fill}, '
                     f'{info.num_frames} frames)')
        print('wrote', png)
        if stem in args.docs:
            os.makedirs(DOCS_IMAGES, exist_ok=True)
            shutil.copy(png, DOCS_IMAGES)
            print('copied to', DOCS_IMAGES)
    return 1 if summary.failed else 0


if __name__ == '__main__':
    sys.exit(main())
