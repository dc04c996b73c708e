"""The data pre-flight: lists, videos, pose pickles; cache; skip policy."""
import io
import os
import pickle

import numpy as np
import pytest
from mmengine.config import Config

from mmaction_har.errors import PreflightError
from mmaction_har.preflight import MediaCache, run_preflight


def video_config(train, val=None, prefix='', num_classes=3, **extra):
    loaders = dict(train_dataloader=dict(dataset=dict(
        type='VideoDataset', ann_file=str(train),
        data_prefix=dict(video=str(prefix)), pipeline=[])))
    if val is not None:
        loaders['val_dataloader'] = dict(dataset=dict(
            type='VideoDataset', ann_file=str(val),
            data_prefix=dict(video=str(prefix)), pipeline=[]))
    return Config(dict(model=dict(cls_head=dict(num_classes=num_classes)),
                       **loaders, **extra))


@pytest.fixture
def clips(tmp_path, har_write_video):
    """Two good clips, an empty one, a text file named .mp4."""
    folder = tmp_path / 'videos'
    for name in ('a', 'b'):
        har_write_video(folder / f'{name}.avi', 8)
    (folder / 'empty.avi').write_bytes(b'')
    (folder / 'text.mp4').write_text('not a video\n' * 4)
    return folder


def run(cfg, loaders=('train_dataloader', ), **kwargs):
    stream = io.StringIO()
    try:
        result = run_preflight(cfg, loaders, stream=stream, **kwargs)
        return result, None, stream.getvalue()
    except PreflightError as err:
        return None, str(err), stream.getvalue()


def test_every_bad_video_listed_with_its_line(clips, tmp_path):
    train = tmp_path / 'train.txt'
    train.write_text('a.avi 0\nempty.avi 1\nb.avi 2\ntext.mp4 0\n'
                     'gone.avi 1\n')
    cache = tmp_path / 'cache.json'
    _, error, out = run(video_config(train, prefix=clips),
                        cache_path=str(cache))
    for line, name, kind in ((2, 'empty.avi', 'zero-length'),
                             (4, 'text.mp4', 'unreadable'),
                             (5, 'gone.avi', 'missing')):
        assert f'[{kind}] {train}:{line}: {clips / name}' in out
    assert error.startswith('pre-flight found 3 problems (missing, '
                            'unreadable, zero-length; all listed above), '
                            f'the first: [zero-length] {train}:2: ')
    assert '--skip-bad-samples' in error and '\n' not in error
    # a second run reuses every probe of an unchanged file
    assert cache.is_file()
    reader = MediaCache(str(cache))
    reader[str(clips / 'a.avi')]
    assert (reader.probed, reader.reused) == (0, 1)
    (clips / 'empty.avi').write_bytes((clips / 'a.avi').read_bytes())
    os.utime(clips / 'empty.avi', ns=(1, 1))
    frames, problem = reader[str(clips / 'empty.avi')]
    assert (frames, problem, reader.probed) == (8, None, 1)


def test_labels_and_empty_lists(clips, tmp_path):
    train = tmp_path / 'train.txt'
    train.write_text('a.avi 0\nb.avi 3\n')
    val = tmp_path / 'val.txt'
    val.write_text('')
    _, error, out = run(video_config(train, val, prefix=clips),
                        ('train_dataloader', 'val_dataloader'),
                        cache_path=None)
    assert f'[label] {train}:2: label 3 outside 0..2' in out
    assert f'[empty] {val}: no samples (an empty list)' in out
    assert error.startswith('pre-flight found 2 problems (empty, label')


def test_label_map_dataset_bounds_by_its_source(clips, tmp_path):
    train = tmp_path / 'train.txt'
    train.write_text('a.avi 4\n')
    cfg = video_config(train, prefix=clips, num_classes=2)
    cfg.train_dataloader.dataset = dict(
        type='LabelMapDataset', dataset=cfg.train_dataloader.dataset,
        source='kth', target=['walking', 'running'])
    assert run(cfg, cache_path=None)[1] is None  # 4 < 6 KTH classes
    train.write_text('a.avi 6\n')
    assert 'label 6 outside 0..5' in run(cfg, cache_path=None)[1]


def test_skip_policy_only_for_training_media(clips, tmp_path):
    train = tmp_path / 'train.txt'
    train.write_text('a.avi 0\ntext.mp4 1\n')
    val = tmp_path / 'val.txt'
    val.write_text('empty.avi 0\n')
    cfg = video_config(train, prefix=clips)
    result, error, out = run(cfg, skip_bad=True, cache_path=None)
    assert error is None and f'will skip: [unreadable] {train}:2' in out
    cfg = video_config(train, val, prefix=clips)
    _, error, _ = run(cfg, ('train_dataloader', 'val_dataloader'),
                      skip_bad=True, cache_path=None)
    assert error.startswith(f'pre-flight: [zero-length] {val}:1: ')


def pose(name, label, t=6, v=17, c=2, value=1.0):
    return dict(frame_dir=name, label=label, total_frames=t,
                keypoint=np.full((1, t, v, c), value, np.float32))


def pose_config(path, split='train', num_classes=3):
    return Config(dict(model=dict(cls_head=dict(num_classes=num_classes)),
                       train_dataloader=dict(dataset=dict(
                           type='PoseDataset', ann_file=str(path),
                           split=split, pipeline=[]))))


@pytest.mark.parametrize('data,split,expected', [
    (dict(split=dict(val=['a']), annotations=[pose('a', 0)]), 'train',
     "[split] {path}: no split 'train'; the pickle has ['val']"),
    (dict(split=dict(train=['a', 'zz']), annotations=[pose('a', 0)]),
     'train', "split 'train' names 1 sample(s) the annotations do not "
     "hold, e.g. ['zz']"),
    (dict(split=dict(train=[]), annotations=[pose('a', 0)]), 'train',
     "[empty] {path}: split 'train' holds no samples"),
    (dict(split=dict(train=['a']), annotations=[pose('a', 0, c=5)]),
     'train', '[shape] {path} annotations[0] (a): keypoint (1, 6, 17, 5)'),
    (dict(split=dict(train=['a']), annotations=[pose('a', 7)]), 'train',
     '[label] {path} annotations[0] (a): label 7 outside 0..2'),
    ([pose('a', 0)], 'train',
     "the dataset reads split 'train' but the pickle has no splits"),
    (dict(split=dict(train=['a']), annotations=[
        dict(frame_dir='a', label=0, total_frames=6,
             keypoint=np.ones((6, 17, 2)))]), 'train',
     '[shape] {path} annotations[0] (a): keypoint (6, 17, 2)'),
    (['a', 'b'], None, '[format] {path} annotations[0]: a str, expected'),
    ('truncated', 'train', '[unreadable] {path}: cannot unpickle'),
])
def test_pose_pickles(tmp_path, data, split, expected):
    path = tmp_path / 'pose.pkl'
    if data == 'truncated':
        path.write_bytes(pickle.dumps(dict(annotations=[pose('a', 0)]))[:50])
    else:
        path.write_bytes(pickle.dumps(data))
    _, error, out = run(pose_config(path, split), cache_path=None)
    assert error is not None
    assert expected.format(path=path) in out + error


def test_pose_checks_only_the_split_read(tmp_path):
    """A bad sample of another split does not stop this run; all-zero
    samples are warnings."""
    path = tmp_path / 'pose.pkl'
    path.write_bytes(pickle.dumps(dict(
        split=dict(train=['a', 'z'], test=['b']),
        annotations=[pose('a', 0), pose('b', 9), pose('z', 1, value=0.0)])))
    _, error, out = run(pose_config(path), cache_path=None)
    assert error is None
    assert f'warning: [zero-pose] {path} annotations[2] (z)' in out
