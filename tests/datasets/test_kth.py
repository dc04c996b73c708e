"""KTHSubsequenceDataset and SubsequenceRange: sampling inside subsequences."""
import os.path as osp

import numpy as np
import pytest

import mmaction_har  # noqa: F401  (compat fixes before mmaction)
from mmaction_har.datasets.kth import KTHSubsequenceDataset
from mmaction_har.errors import HarError
from mmaction_har.importers.kth.prepare import prepare_kth


def _pipeline(clip_len, test_mode):
    return [dict(type='DecordInit'), dict(type='SubsequenceRange'),
            dict(type='SampleFrames', clip_len=clip_len, frame_interval=1,
                 num_clips=2, test_mode=test_mode),
            dict(type='DecordDecode')]


@pytest.mark.parametrize('test_mode', [False, True])
def test_dataset_samples_inside_range(kth_layout, tmp_path, har_frame_index,
                                      har_mmaction_scope, test_mode):
    seq, videos = kth_layout
    prepare_kth(seq, videos, str(tmp_path), progress=False)
    ds = KTHSubsequenceDataset(str(tmp_path / 'kth_val_videos.txt'),
                               _pipeline(16, test_mode),
                               data_prefix=dict(video=videos),
                               test_mode=test_mode)
    assert len(ds) == 4
    for idx, (first, last) in enumerate([(0, 9), (24, 34), (10, 23),
                                         (29, 39)]):
        assert ds.get_data_info(idx)['frame_range'] == (first, last)
        for _ in range(3):
            out = ds.prepare_data(idx)
            inds = out['frame_inds']
            assert len(inds) == 32 and first <= inds.min() <= inds.max() \
                <= last
            decoded = [har_frame_index(img) for img in out['imgs']]
            np.testing.assert_array_equal(decoded, inds)


def test_dataset_needs_the_transform(kth_layout, tmp_path, har_mmaction_scope):
    seq, videos = kth_layout
    prepare_kth(seq, videos, str(tmp_path), progress=False)
    with pytest.raises(HarError, match='SubsequenceRange'):
        KTHSubsequenceDataset(str(tmp_path / 'kth_val_videos.txt'),
                              [dict(type='DecordInit')])
    bad = tmp_path / 'bad.txt'
    bad.write_text('a.avi 5 3 0\n')
    with pytest.raises(HarError, match=r'bad.txt:1: expected'):
        KTHSubsequenceDataset(str(bad), [])


def test_range_past_the_video_is_cut(kth_layout, tmp_path):
    from mmaction_har.datasets.transforms.kth_subsequence import \
        SubsequenceRange
    out = SubsequenceRange()(dict(frame_range=(20, 49), total_frames=30,
                                  start_index=0, filename='v.avi'))
    assert (out['total_frames'], out['start_index']) == (10, 20)
    with pytest.raises(HarError, match='v.avi: frame range 41-50 starts '
                       'past the video'):
        SubsequenceRange()(dict(frame_range=(40, 49), total_frames=30,
                                start_index=0, filename='v.avi'))


def test_real_kth(shared_data, tmp_path, har_mmaction_scope):
    kth = osp.join(shared_data, 'kth')
    videos = osp.join(kth, 'videos')
    result = prepare_kth(osp.join(kth, '00sequences.txt'), videos,
                         str(tmp_path), progress=False,
                         allow_empty_splits=True)  # val only
    assert result.problems == []
    assert len(result.samples['val']) == 20
    assert len(result.absent) == 594
    assert result.listed_missing == ['person13_handclapping_d3']
    ds = KTHSubsequenceDataset(str(tmp_path / 'kth_val_videos.txt'),
                               _pipeline(8, True),
                               data_prefix=dict(video=videos), test_mode=True)
    for idx in (0, 7, 19):
        first, last = ds.get_data_info(idx)['frame_range']
        out = ds.prepare_data(idx)
        assert first <= out['frame_inds'].min()
        assert out['frame_inds'].max() <= last
        assert out['imgs'][0].shape == (120, 160, 3)
