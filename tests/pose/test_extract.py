"""extract_poses: cache and resume, failed videos, pkl for PoseDataset."""
import os
import pickle

import numpy as np
import pytest

from mmaction_har.pose import (extract_poses, read_inputs, write_failed_list,
                               write_pose_pkl)
from mmaction_har.pose.cache import PoseCache, cache_key


def write_list(path, lines):
    path.write_text(''.join(f'{line}\n' for line in lines))
    return str(path)


def cache_entries(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith('.pkl'))


def test_resume_extracts_only_missing_cache_entries(short_clips, tmp_path):
    items = read_inputs({None: write_list(tmp_path / 'list.txt',
                                          ['a.avi 0', 'b.avi 1', 'c.avi 0'])})
    cache = tmp_path / 'cache'
    first = extract_poses(items, str(short_clips), cache_dir=str(cache),
                          progress=False)
    assert not first.failed and first.cached == 0
    assert first.extracted_frames == first.frames == 18
    assert first.detection_rate >= 0.95
    entries = cache_entries(cache)
    assert len(entries) == 3

    # Simulate a run killed while extracting b.avi: its entry is missing,
    # and an interrupted atomic write left only a temporary file.
    key_b = cache_key(str(short_clips / 'b.avi'),
                      _token(), dict(max_side=None, tracker={}))
    os.remove(cache / f'{key_b}.pkl')
    (cache / f'.{key_b}.pkl.x1.tmp').write_bytes(b'\x80\x04partial')
    second = extract_poses(items, str(short_clips), cache_dir=str(cache),
                           progress=False)
    assert second.cached == 2
    assert second.extracted_frames == 6  # only b.avi was decoded again
    assert cache_entries(cache) == entries
    for old, new in zip(first.annotations, second.annotations):
        assert old['frame_dir'] == new['frame_dir']
        np.testing.assert_allclose(old['keypoint'], new['keypoint'],
                                   atol=1e-3)

    # Other options are another cache key: nothing reused.
    third = extract_poses(items[:1], str(short_clips), cache_dir=str(cache),
                          max_side=240, progress=False)
    assert third.cached == 0 and third.extracted_frames == 6
    assert third.annotations[0]['img_shape'] == (270, 480)


def _token():
    from mmaction_har.pose import build_backend
    backend = build_backend('mediapipe')
    backend.close()
    return backend.cache_token()


def test_unreadable_cache_entry_is_recomputed(tmp_path):
    cache = PoseCache(str(tmp_path))
    cache.store('k', ({'x': 1}, {}))
    assert cache.load('k') == ({'x': 1}, {})
    whole = (tmp_path / 'k.pkl').read_bytes()
    (tmp_path / 'k.pkl').write_bytes(whole[:len(whole) // 2])
    assert cache.load('k') is None
    assert cache.load('absent') is None


def test_failed_videos_are_listed_with_reasons(short_clips, tmp_path):
    (short_clips / 'empty.avi').write_bytes(b'')
    (short_clips / 'corrupt.avi').write_bytes(os.urandom(4096))
    items = read_inputs({None: write_list(tmp_path / 'l.txt', [
        'a.avi 0', 'empty.avi 1', 'corrupt.avi 1', 'gone.avi 0'])})
    result = extract_poses(items, str(short_clips), workers=2,
                           progress=False)
    assert [a['frame_dir'] for a in result.annotations] == ['a']
    reasons = {item.path: reason for item, reason in result.failed}
    assert 'empty (0 bytes)' in reasons['empty.avi']
    assert 'cannot decode' in reasons['corrupt.avi']
    assert 'not found' in reasons['gone.avi']
    path = write_failed_list(result, str(tmp_path / 'pose.pkl'))
    lines = open(path).read().splitlines()
    assert [line.split('\t')[:2] for line in lines] == [
        ['empty.avi', f'{tmp_path}/l.txt:2'],
        ['corrupt.avi', f'{tmp_path}/l.txt:3'],
        ['gone.avi', f'{tmp_path}/l.txt:4']]
    result.failed = []
    assert write_failed_list(result, str(tmp_path / 'pose.pkl')) is None
    assert not os.path.exists(path)  # a stale list is removed


@pytest.fixture
def ntu_pkl(ntu_poses, tmp_path):
    """The NTU extraction written as a pkl with train/val splits."""
    from mmaction_har.pose import ExtractionResult, VideoItem
    items = [VideoItem(os.path.basename(clip), i, split, f'list:{i + 1}')
             for i, (clip, split) in enumerate(zip(sorted(ntu_poses),
                                                   ('train', 'val')))]
    result = ExtractionResult()
    for item, clip in zip(items, sorted(ntu_poses)):
        pose, _ = ntu_poses[clip]
        result.annotations.append(dict(frame_dir=item.frame_dir,
                                       label=item.label, **pose))
    out = str(tmp_path / 'pose.pkl')
    write_pose_pkl(result, items, out, classes=['drink', 'hug'],
                   named_splits=True)
    return out


def test_pkl_loads_with_posedataset_and_posec3d_pipeline(ntu_pkl):
    import mmaction_har  # noqa: F401 (registers, applies fixes)
    from mmaction.registry import DATASETS
    from mmaction.utils import register_all_modules
    register_all_modules(init_default_scope=True)
    with open(ntu_pkl, 'rb') as f:
        data = pickle.load(f)
    assert data['split'] == {
        'train': ['ntu_S001C001P001R001A001_drink_water'],
        'val': ['ntu_sample_hug']}
    assert data['classes'] == ['drink', 'hug']
    pipeline = [
        dict(type='UniformSampleFrames', clip_len=8, num_clips=1,
             test_mode=True),
        dict(type='PoseDecode'),
        dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
        dict(type='Resize', scale=(32, 32), keep_ratio=False),
        dict(type='GeneratePoseTarget', sigma=0.6, use_score=True,
             with_kp=True, with_limb=False),
        dict(type='FormatShape', input_format='NCTHW_Heatmap'),
        dict(type='PackActionInputs')]
    for split, label in (('train', 0), ('val', 1)):
        dataset = DATASETS.build(dict(type='PoseDataset', ann_file=ntu_pkl,
                                      split=split, pipeline=pipeline,
                                      test_mode=True))
        assert len(dataset) == 1
        sample = dataset[0]
        assert tuple(sample['inputs'].shape) == (1, 17, 8, 32, 32)
        assert sample['data_samples'].gt_label.item() == label
        # Heatmaps hold the detected joints: every channel has a peak.
        peaks = sample['inputs'][0].amax(dim=(1, 2, 3))
        assert (peaks > 0.5).all()
