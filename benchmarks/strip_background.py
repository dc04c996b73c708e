"""Speed of background stripping against plain decode + re-encode.

Every configuration runs ``strip_list`` (the tool's code path: decode, mask,
fill, encode, decode-back check, mask file) on the same videos, one worker,
in this run; the baseline decodes each video and re-encodes it with the
same writer (including the decode-back check) without masking. Printed:
frames/s, times real time (frames/s over the videos' fps) and the ratio to
the baseline.

Usage:
    python benchmarks/strip_background.py [--videos kth|demo] [--configs ...]

``kth``: the real KTH clips in ``$HAR_SHARED_DATA/kth/videos`` (160 x 120,
25 fps); ``demo``: a generated demo corpus (36 clips, 112 x 112, 25 fps,
with a pose pkl, so the ``pose`` method runs too).
"""
import argparse
import os
import os.path as osp
import sys
import tempfile
import time

REPO_ROOT = osp.join(osp.dirname(osp.abspath(__file__)), '..')
sys.path.insert(0, REPO_ROOT)

CONFIGS = {
    'seg selfie': dict(method='seg', seg_model='selfie'),
    'seg selfie smooth5 dilate2 blur': dict(
        method='seg', seg_model='selfie', smooth=5, dilate=2, fill='blur'),
    'seg pose': dict(method='seg', seg_model='pose'),
    'pose (pkl)': dict(method='pose'),
    'static median': dict(method='static', static_model='median'),
    'static mog2': dict(method='static', static_model='mog2'),
}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--videos', choices=('kth', 'demo'), default='kth')
    p.add_argument('--data', default=os.environ.get(
        'HAR_SHARED_DATA', osp.join(REPO_ROOT, '..', 'shared', 'data')))
    p.add_argument('--configs', default=','.join(CONFIGS),
                   help='comma-separated subset of: ' + ', '.join(CONFIGS))
    return p.parse_args(argv)


def _inputs(kind, data, tmp):
    """(list path, data root, pose pkl or None)."""
    if kind == 'kth':
        root = osp.join(data, 'kth', 'videos')
        names = sorted(os.listdir(root))
        pkl = None
    else:
        from mmaction_har.demo import make_demo_corpus
        corpus = osp.join(tmp, 'demo')
        make_demo_corpus(corpus, seed=0, num_subjects=6, clips_per_action=1,
                         num_frames=50, size=112)
        root = osp.join(corpus, 'videos')
        names = sorted(os.listdir(root))
        pkl = osp.join(corpus, 'pose.pkl')
    path = osp.join(tmp, 'list.txt')
    with open(path, 'w') as f:
        f.writelines(f'{n} 0\n' for n in names)
    return path, root, pkl


def baseline(list_path, root, out):
    """Decode + re-encode every video (same writer, same check)."""
    from mmaction_har.background import read_video_list
    from mmaction_har.background.video import (atomic_video_writer,
                                               iter_chunks, open_video)
    frames, seconds_of_video = 0, 0.0
    start = time.perf_counter()
    for entry in read_video_list(list_path):
        reader, info = open_video(osp.join(root, entry.path))
        with atomic_video_writer(osp.join(out, entry.path + '.mp4'),
                                 info) as write:
            for _, chunk in iter_chunks(reader):
                write(chunk)
        frames += info.num_frames
        seconds_of_video += info.num_frames / info.fps
    return frames, seconds_of_video, time.perf_counter() - start


def main(argv=None):
    os.environ.setdefault('OMP_NUM_THREADS', '1')
    import cv2
    cv2.setNumThreads(1)
    args = parse_args(argv)
    from mmaction_har.background import StripOptions, strip_list
    configs = [c.strip() for c in args.configs.split(',') if c.strip()]
    unknown = sorted(set(configs) - set(CONFIGS))
    if unknown:
        sys.exit(f'error: unknown configuration(s) {unknown}; known: '
                 f'{list(CONFIGS)}')
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        list_path, root, pkl = _inputs(args.videos, args.data, tmp)
        if pkl is None:
            configs = [c for c in configs if CONFIGS[c]['method'] != 'pose']
        frames, video_s, base_s = baseline(list_path, root,
                                           osp.join(tmp, 'base'))
        rows.append(('baseline: decode + re-encode', base_s))
        for i, name in enumerate(configs):
            out = osp.join(tmp, f'out{i}')
            summary = strip_list(list_path, root, out, out + '.txt',
                                 StripOptions(**CONFIGS[name]),
                                 pose_pkl=pkl, progress=False)
            if summary.failed:
                sys.exit(f'error: {name} failed: {summary.failed}')
            rows.append((name, summary.seconds))
    print(f'\n{args.videos}: {frames} frames ({video_s:.1f} s of video), '
          f'1 worker, OMP_NUM_THREADS={os.environ["OMP_NUM_THREADS"]}\n')
    print('| configuration | frames/s | x real time | time vs baseline |')
    print('|---|---:|---:|---:|')
    for name, secs in rows:
        print(f'| {name} | {frames / secs:.0f} | {video_s / secs:.1f} | '
              f'{secs / base_s:.2f} |')


if __name__ == '__main__':
    main()
