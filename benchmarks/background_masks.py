"""Mask IoU of each background-stripping method on the demo corpus.

The demo renderer knows every figure, so the true masks are exact
(:mod:`mmaction_har.demo.person_masks`). Each method runs on the
corpus *videos* (decoded mp4, codec noise included), exactly as
``tools/data/strip_background.py`` runs it, and its masks are expanded to
frame size as the tool and ``ApplyPersonMask`` use them.

Usage:
    python benchmarks/background_masks.py [--corpus data/demo] [--out DIR]

Without ``--corpus`` a small corpus (6 subjects x 6 actions, 50 frames,
112 px) is generated in a temporary folder. Writes ``DIR/results.json``
(per-clip IoU) and ``DIR/iou.png``; prints the table of docs/background.md.
The static-camera methods are reported on clips with a still camera (the
demo's walkers have a panning camera) and on all clips.
"""
import argparse
import json
import os
import os.path as osp
import sys
import tempfile
import time

import numpy as np

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..')
sys.path.insert(0, REPO_ROOT)

#: name -> StripOptions overrides.
METHODS = {
    'seg selfie': dict(method='seg', seg_model='selfie'),
    'seg selfie smooth3': dict(method='seg', seg_model='selfie', smooth=3),
    'seg selfie-general': dict(method='seg', seg_model='selfie-general'),
    'seg pose': dict(method='seg', seg_model='pose'),
    'pose (pkl keypoints)': dict(method='pose'),
    'static median': dict(method='static', static_model='median'),
    'static mog2': dict(method='static', static_model='mog2'),
}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--corpus', help='an existing demo corpus (default: '
                   'generate a small one)')
    p.add_argument('--max-clips', type=int, default=36,
                   help='clips measured (default 36, evenly over the list)')
    p.add_argument('--methods', default=','.join(METHODS),
                   help='comma-separated subset of: ' + ', '.join(METHODS))
    p.add_argument('--out', default='work_dirs/benchmarks/background_masks')
    return p.parse_args(argv)


def _corpus(path, tmp):
    from mmaction_har.demo import make_demo_corpus
    if path is None:
        path = osp.join(tmp, 'demo')
        print('generating a demo corpus in', path)
        make_demo_corpus(path, seed=0, num_subjects=6, clips_per_action=1,
                         num_frames=50, size=112)
    with open(osp.join(path, 'corpus.json')) as f:
        return path, json.load(f)


def measure(corpus_dir, corpus, methods, max_clips):
    from mmaction_har.background import PoseIndex, StripOptions
    from mmaction_har.background.masks_seg import SegmentationMasker
    from mmaction_har.background.strip import compute_masks
    from mmaction_har.background.video import open_video
    from mmaction_har.demo.person_masks import demo_clip_masks, mask_iou
    from mmaction_har.utils.progress import progress_bar
    params = corpus['params']
    clips = corpus['clips']
    pick = np.unique(np.linspace(0, len(clips) - 1,
                                 min(max_clips, len(clips))).astype(int))
    pose_index = PoseIndex(osp.join(corpus_dir, 'pose.pkl'))
    maskers = {}
    rows = []
    for i in progress_bar(pick, desc='clips'):
        meta = clips[i]
        _, truth = demo_clip_masks(
            params['seed'], meta['subject'], meta['action'], meta['clip'],
            params['num_frames'], params['size'],
            tuple(params['height_range']))
        rel = meta['name'] + '.mp4'
        row = dict(name=meta['name'], action=meta['action'],
                   panning=meta['pan_px'] > 0, background=meta['background'],
                   person_frac=float(truth.mean()), frames=len(truth),
                   iou={}, seconds={})
        for name in methods:
            options = StripOptions(**METHODS[name])
            if options.method == 'seg' and name not in maskers:
                maskers[name] = SegmentationMasker(options.seg_model)
                maskers[name].scores(np.zeros((1, 64, 64, 3), np.uint8))
            reader, info = open_video(osp.join(corpus_dir, 'videos', rel))
            start = time.perf_counter()
            volume = compute_masks(reader, info, rel, options, pose_index,
                                   maskers.get(name))
            row['seconds'][name] = time.perf_counter() - start
            pred = volume.full_res(range(volume.num_frames))
            row['iou'][name] = mask_iou(pred, truth)
            del reader
        rows.append(row)
    return rows


def summarise(rows, methods):
    table = []
    for name in methods:
        iou = np.array([r['iou'][name] for r in rows])
        still = np.array([r['iou'][name] for r in rows if not r['panning']])
        frames = sum(r['frames'] for r in rows)
        secs = sum(r['seconds'][name] for r in rows)
        table.append(dict(method=name, iou_mean=float(iou.mean()),
                          iou_p10=float(np.percentile(iou, 10)),
                          iou_still=float(still.mean()) if still.size
                          else float('nan'),
                          mask_fps=frames / secs))
    return table


def plot(table, path):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    names = [t['method'] for t in table]
    y = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(names) + 1))
    ax.barh(y - 0.2, [t['iou_mean'] for t in table], 0.4, label='all clips')
    ax.barh(y + 0.2, [t['iou_still'] for t in table], 0.4,
            label='still camera')
    ax.axvline(0.8, color='k', lw=0.8, ls='--')
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel('mask IoU vs true figure (demo corpus)')
    ax.legend(loc='lower right', fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def main(argv=None):
    os.environ.setdefault('OMP_NUM_THREADS', '1')
    args = parse_args(argv)
    methods = [m.strip() for m in args.methods.split(',') if m.strip()]
    unknown = sorted(set(methods) - set(METHODS))
    if unknown:
        sys.exit(f'error: unknown method(s) {unknown}; known: '
                 f'{list(METHODS)}')
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_dir, corpus = _corpus(args.corpus, tmp)
        rows = measure(corpus_dir, corpus, methods, args.max_clips)
    table = summarise(rows, methods)
    with open(osp.join(args.out, 'results.json'), 'w') as f:
        json.dump(dict(clips=rows, summary=table), f, indent=1)
    plot(table, osp.join(args.out, 'iou.png'))
    print(f'\n{len(rows)} clips, {rows[0]["frames"]} frames each'
          f' ({sum(not r["panning"] for r in rows)} with a still camera)\n')
    print('| method | IoU (all) | IoU p10 | IoU (still camera) | '
          'mask frames/s |')
    print('|---|---:|---:|---:|---:|')
    for t in table:
        print(f"| {t['method']} | {t['iou_mean']:.3f} | {t['iou_p10']:.3f} "
              f"| {t['iou_still']:.3f} | {t['mask_fps']:.0f} |")
    print(f'\nwrote {args.out}/results.json, {args.out}/iou.png')


if __name__ == '__main__':
    main()
