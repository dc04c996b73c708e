"""Penn Action importer: ``.mat`` labels -> pose pickle (+ rawframes)."""
import os.path as osp
import pickle

import numpy as np
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.penn_action import prepare_penn_action, read_label


def write_label(path, action, train, num_frames, seed=0, **override):
    from scipy.io import savemat
    rng = np.random.default_rng(seed)
    mat = dict(x=rng.uniform(10, 300, (num_frames, 13)),
               y=rng.uniform(10, 200, (num_frames, 13)),
               visibility=rng.integers(0, 2, (num_frames, 13)).astype(
                   np.uint8),
               bbox=np.tile([5.0, 5.0, 300.0, 220.0], (num_frames, 1)),
               action=action, pose='front', train=np.array([[train]]),
               nframes=np.array([[num_frames]]),
               dimensions=np.array([[240, 320, num_frames]], np.uint16))
    mat.update(override)
    savemat(str(path), mat)


@pytest.fixture
def fake_penn(tmp_path):
    labels, frames = tmp_path / 'labels', tmp_path / 'frames'
    labels.mkdir()
    write_label(labels / '0001.mat', 'squat', 1, 12)
    write_label(labels / '0002.mat', 'pushup', -1, 10, seed=1)
    write_label(labels / '0003.mat', 'squat', -1, 9, seed=2,
                bbox=np.zeros((8, 4)))
    write_label(labels / '0004.mat', 'squat', 0, 9, seed=3)
    (labels / '0005.mat').write_bytes(b'not a mat file')
    import cv2
    for vid, n in (('0001', 12), ('0002', 10), ('0003', 5)):
        (frames / vid).mkdir(parents=True)
        for i in range(1, n + 1):
            cv2.imwrite(str(frames / vid / f'{i:06d}.jpg'),
                        np.full((24, 32, 3), i * 8, np.uint8))
    return str(labels), str(frames)


def test_generated(fake_penn, tmp_path, har_mmaction_scope):
    from mmaction.datasets import PoseDataset, RawframeDataset
    labels, frames = fake_penn
    out = prepare_penn_action(labels, str(tmp_path / 'o'), frames,
                              progress=False)
    assert out['classes'] == ['pushup', 'squat']
    assert out['split'] == dict(train=['0001'], test=['0002', '0003'])
    assert 'train is 0: expected 1 (train) or -1' in out['skipped'][
        '0004.mat']
    assert 'not a readable .mat file' in out['skipped']['0005.mat']
    assert out['notes'] == ['0003.mat: bbox rows is 8, x/y have 9 frames']
    # 0003 has 5 of 9 frames on disk: the rawframe check reports it
    assert [p.kind for p in out['problems']] == ['truncated']
    assert 'has 5 images, the list says 9' in out['problems'][0].message
    assert out['problems'][0].where.endswith('penn_action_test_rawframes.txt'
                                             ':2')
    ann = out['annotations'][0]
    assert ann['keypoint'].shape == (1, 12, 13, 2)
    assert ann['keypoint_score'].shape == (1, 12, 13)
    assert ann['img_shape'] == (240, 320)
    ds = PoseDataset(str(tmp_path / 'o' / 'penn_action.pkl'),
                     [dict(type='UniformSampleFrames', clip_len=6),
                      dict(type='PoseDecode'),
                      dict(type='FormatGCNInput', num_person=1)],
                     split='test')
    assert ds[0]['keypoint'].shape == (1, 1, 6, 13, 3)
    rds = RawframeDataset(
        str(tmp_path / 'o' / 'penn_action_train_rawframes.txt'),
        [dict(type='SampleFrames', clip_len=4, num_clips=1),
         dict(type='RawFrameDecode')],
        data_prefix=dict(img=frames), filename_tmpl='{:06d}.jpg',
        start_index=1)
    sample = rds[0]
    assert len(sample['imgs']) == 4 and sample['imgs'][0].shape == (24, 32,
                                                                    3)


def test_read_label_errors(tmp_path):
    write_label(tmp_path / '0001.mat', 'squat', 1, 5,
                y=np.zeros((5, 12)))
    with pytest.raises(HarError, match=r'0001.mat: x float64 \(5, 13\), y '
                       r'float64 \(5, 12\).*expected all numbers \(T, 13\)'):
        read_label(str(tmp_path / '0001.mat'))
    write_label(tmp_path / '0001.mat', 'squat', 'yes', 5)
    with pytest.raises(HarError, match=r"0001.mat: field train is 'yes': "
                       'expected an integer'):
        read_label(str(tmp_path / '0001.mat'))
    with pytest.raises(MissingFileError, match='Penn Action labels folder'):
        prepare_penn_action(str(tmp_path / 'none'), str(tmp_path / 'o'))
    empty = tmp_path / 'empty'
    empty.mkdir()
    with pytest.raises(MissingFileError, match='Penn Action label files'):
        prepare_penn_action(str(empty), str(tmp_path / 'o'))


def test_real_labels(shared_data, tmp_path, har_tool):
    labels = osp.join(shared_data, 'penn_action', 'labels')
    res = har_tool('prepare_penn_action.py', labels, tmp_path)
    assert res.returncode == 0, res.stderr
    assert '2326 sequences (train 1258, test 1068)' in res.stdout
    with open(tmp_path / 'penn_action.pkl', 'rb') as f:
        data = pickle.load(f)
    assert len(data['classes']) == 15
    assert not set(data['split']['train']) & set(data['split']['test'])
    first = data['annotations'][0]
    assert first['frame_dir'] == '0001' and first['total_frames'] == 151
    assert data['classes'][first['label']] == 'baseball_pitch'
    assert '0001' in data['split']['test']
    summary = (tmp_path / 'penn_action_summary.md').read_text()
    assert '1154.mat: bbox rows is 71, x/y have 72 frames' in summary


def test_nothing_usable_or_empty_split(fake_penn, tmp_path):
    """Label files that all fail are an error naming the first; a split
    without sequences needs allow_empty_splits; nothing is written."""
    labels, frames = fake_penn
    broken = tmp_path / 'broken'
    broken.mkdir()
    (broken / '0001.mat').write_bytes(b'not a mat file')
    write_label(broken / '0002.mat', 'squat', 1, 6, x=np.zeros((6, 13)),
                y=np.zeros((6, 13)))
    with pytest.raises(HarError) as err:
        prepare_penn_action(str(broken), str(tmp_path / 'o'), progress=False)
    assert str(err.value).startswith(
        f'no usable sample in {broken} (2 left out, the first: 0001.mat: '
        f'{broken / "0001.mat"}: not a readable .mat file')
    assert not (tmp_path / 'o').exists()
    write_label(broken / '0003.mat', 'squat', 1, 6)
    with pytest.raises(HarError, match='split test would be empty'):
        prepare_penn_action(str(broken), str(tmp_path / 'o'), progress=False)
    out = prepare_penn_action(str(broken), str(tmp_path / 'o'),
                              progress=False, allow_empty_splits=True)
    assert out['split'] == dict(train=['0003'], test=[])
    assert 'no frame with a joint off the origin' in out['skipped']['0002.mat']
