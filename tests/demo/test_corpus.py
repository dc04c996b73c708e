"""Tests of the synthetic demo corpus (mmaction_har.demo)."""
import json
import os
import os.path as osp
import pickle
import subprocess
import sys

import numpy as np
import pytest

from mmaction_har.demo import (CLASSES, KEYPOINTS, make_demo_corpus,
                               render_clip, split_subjects)

REPO = osp.abspath(osp.join(osp.dirname(__file__), '..', '..'))
TOOL = osp.join(REPO, 'tools', 'data', 'make_demo_corpus.py')
TINY = dict(seed=3, num_subjects=4, clips_per_action=1, num_frames=16,
            size=64, fps=25)
SPLITS = ('train', 'val', 'test')
FILES = ('pose.pkl', 'train_list.txt', 'val_list.txt', 'test_list.txt',
         'classes.txt', 'corpus.json', 'summary.md')


@pytest.fixture(scope='module')
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp('demo')
    summary = make_demo_corpus(out, **TINY)
    with open(out / 'pose.pkl', 'rb') as f:
        pose = pickle.load(f)
    return out, summary, pose


def _read_list(path):
    with open(path) as f:
        return [line.split() for line in f.read().splitlines()]


def _subject(name):
    return int(name.split('_s')[1].split('_')[0])


def test_files_exist(corpus):
    out, summary, _ = corpus
    for name in FILES:
        assert (out / name).is_file(), name
    videos = sorted(os.listdir(out / 'videos'))
    assert len(videos) == 4 * len(CLASSES) == summary['num_clips']
    assert all(v.endswith('.mp4') and not v.startswith('.') for v in videos)
    assert (out / 'classes.txt').read_text().split() == list(CLASSES)


def test_lists_parse_and_labels_match(corpus):
    out, summary, _ = corpus
    seen = []
    for split in SPLITS:
        rows = _read_list(out / f'{split}_list.txt')
        assert rows, split
        for path, label in rows:
            assert path.endswith('.mp4')
            assert (out / 'videos' / path).is_file()
            assert int(label) == CLASSES.index(path.split('_s')[0])
        seen += [path for path, _ in rows]
        per_class = summary['counts'][split]
        assert sum(per_class.values()) == len(rows)
    assert len(seen) == len(set(seen)) == summary['num_clips']


def test_pose_pkl_structure(corpus):
    out, _, pose = corpus
    assert set(pose) == {'split', 'annotations', 'classes'}
    assert pose['classes'] == list(CLASSES)
    anns = {a['frame_dir']: a for a in pose['annotations']}
    assert len(anns) == len(pose['annotations'])
    for split in SPLITS:
        listed = [p[:-len('.mp4')] for p, _ in
                  _read_list(out / f'{split}_list.txt')]
        assert pose['split'][split] == listed
    t, s = TINY['num_frames'], TINY['size']
    for name, a in anns.items():
        assert a['label'] == CLASSES.index(name.split('_s')[0])
        assert a['img_shape'] == a['original_shape'] == (s, s)
        assert a['total_frames'] == t
        assert a['keypoint'].dtype == np.float32
        assert a['keypoint'].shape == (1, t, len(KEYPOINTS), 2)
        assert a['keypoint_score'].dtype == np.float32
        assert a['keypoint_score'].shape == (1, t, len(KEYPOINTS))
        assert np.isfinite(a['keypoint']).all()
        assert set(np.unique(a['keypoint_score'])) <= {0.0, 1.0}


def test_no_subject_in_two_splits(corpus):
    out, summary, pose = corpus
    subjects = {s: {_subject(n) for n in pose['split'][s]} for s in SPLITS}
    assert all(subjects[s] for s in SPLITS)
    assert not subjects['train'] & subjects['val']
    assert not subjects['train'] & subjects['test']
    assert not subjects['val'] & subjects['test']
    assert {k: set(v) for k, v in summary['split_subjects'].items()} == \
        subjects
    meta = json.loads((out / 'corpus.json').read_text())
    assert meta['params']['seed'] == TINY['seed']
    for clip in meta['clips']:
        assert clip['subject'] in subjects[clip['split']]


def test_split_subjects_defaults():
    assert split_subjects(16) == dict(train=list(range(10)), val=[10, 11, 12],
                                      test=[13, 14, 15])
    assert split_subjects(5, 1, 2) == dict(train=[0, 1], val=[2], test=[3, 4])


def test_deterministic(corpus, tmp_path):
    out, _, _ = corpus
    make_demo_corpus(tmp_path / 'same', verify=False, **TINY)
    for name in FILES:
        assert (out / name).read_bytes() == \
            (tmp_path / 'same' / name).read_bytes(), name
    other = dict(TINY, seed=TINY['seed'] + 1)
    make_demo_corpus(tmp_path / 'other', verify=False, **other)
    assert (out / 'pose.pkl').read_bytes() != \
        (tmp_path / 'other' / 'pose.pkl').read_bytes()


def test_decord_reads_videos(corpus):
    decord = pytest.importorskip('decord')
    out, _, _ = corpus
    s = TINY['size']
    for name in sorted(os.listdir(out / 'videos')):
        reader = decord.VideoReader(str(out / 'videos' / name))
        assert len(reader) == TINY['num_frames'], name
        frames = reader.get_batch(list(range(len(reader)))).asnumpy()
        assert frames.shape == (TINY['num_frames'], s, s, 3)


def test_keypoints_mostly_inside(corpus):
    _, _, pose = corpus
    s = TINY['size']
    for a in pose['annotations']:
        kp = a['keypoint'][0]
        inside = ((kp >= 0) & (kp <= s - 1)).all(-1)
        assert np.array_equal(inside, a['keypoint_score'][0] > 0)
        gait = a['label'] < 3
        assert inside.mean() >= (0.85 if gait else 0.99), a['frame_dir']


def test_body_drawn_at_keypoints(corpus):
    decord = pytest.importorskip('decord')
    out, _, pose = corpus
    t, s = TINY['num_frames'], TINY['size']
    for a in pose['annotations'][::3]:
        action = CLASSES[a['label']]
        clip = render_clip(TINY['seed'], _subject(a['frame_dir']), action, 0,
                           t, s, TINY['fps'])
        # The pkl holds exactly the keypoints the clip was drawn from.
        np.testing.assert_array_equal(clip.keypoint, a['keypoint'][0])
        kp = np.round(clip.keypoint).astype(int)
        ok = ((kp >= 0) & (kp < s)).all(-1)
        f, j = np.nonzero(ok)
        x, y = kp[f, j, 0], kp[f, j, 1]
        background = clip.background[f, y, x].astype(float)
        drawn = np.abs(clip.frames[f, y, x] - background).max(-1)
        assert (drawn > 25).mean() > 0.9, a['frame_dir']
        # ... and the (lossy) video shows the body there too.
        video = decord.VideoReader(str(out / 'videos' /
                                       (a['frame_dir'] + '.mp4')))
        decoded = video.get_batch(list(range(t))).asnumpy().astype(float)
        assert np.abs(decoded - clip.frames).mean() < 25
        in_video = np.abs(decoded[f, y, x] - background).max(-1)
        assert (in_video > 20).mean() > 0.85, a['frame_dir']


def test_classes_separable_from_keypoints(corpus):
    """Nearest centroid on simple trajectory features, across subjects."""
    _, _, pose = corpus

    def features(a):
        k = a['keypoint'][0].astype(float)
        hip = k[:, 11:13].mean(1)
        scale = np.linalg.norm(k[:, 5:7].mean(1) - hip, axis=1).mean()
        r = (k - hip[:, None]) / scale
        return np.concatenate([np.abs(r[..., 0]).mean(0), r[..., 1].mean(0),
                               r[..., 1].std(0),
                               np.abs(np.diff(r, axis=0)).mean(0).ravel()])

    anns = {a['frame_dir']: a for a in pose['annotations']}
    train = pose['split']['train'] + pose['split']['val']
    x = np.stack([features(anns[n]) for n in train])
    y = np.array([anns[n]['label'] for n in train])
    mu, sd = x.mean(0), x.std(0) + 1e-6
    centroids = np.stack([((x - mu) / sd)[y == c].mean(0)
                          for c in range(len(CLASSES))])
    test = pose['split']['test']
    xt = (np.stack([features(anns[n]) for n in test]) - mu) / sd
    pred = np.argmin(((xt[:, None] - centroids[None])**2).sum(-1), axis=1)
    acc = np.mean(pred == [anns[n]['label'] for n in test])
    assert acc >= 4 / 6


@pytest.mark.parametrize('kwargs, name', [
    (dict(num_subjects=2), 'num_subjects'),
    (dict(clips_per_action=0), 'clips_per_action'),
    (dict(num_frames=2), 'num_frames'),
    (dict(size=63), 'size'),
    (dict(fps=0), 'fps'),
    (dict(seed=-1), 'seed'),
    (dict(seed=1.5), 'seed'),
    (dict(num_subjects=4, val_subjects=2, test_subjects=2), 'val_subjects'),
    (dict(height_range=(0.9, 0.5)), 'height_range'),
])
def test_bad_arguments(tmp_path, kwargs, name):
    with pytest.raises(ValueError, match=name):
        make_demo_corpus(tmp_path / 'bad', **kwargs)
    assert not (tmp_path / 'bad').exists()


def test_cli_help():
    res = subprocess.run([sys.executable, TOOL, '--help'],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    for option in ('--out-dir', '--seed', '--subjects', '--clips-per-action',
                   '--frames', '--size'):
        assert option in res.stdout


def test_cli_bad_argument(tmp_path):
    res = subprocess.run(
        [sys.executable, TOOL, '--out-dir', str(tmp_path / 'out'),
         '--subjects', '2'], capture_output=True, text=True, timeout=120,
        cwd=REPO)
    assert res.returncode == 2
    assert '--subjects' in res.stderr and '>= 3' in res.stderr
    assert 'Traceback' not in res.stderr
    assert not (tmp_path / 'out').exists()
