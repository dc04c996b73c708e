"""HMDB51 importer: per-class ``*_test_splitK.txt`` (0/1/2) -> video lists."""
import os
import os.path as osp

import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.hmdb51 import prepare_hmdb51

# class -> [(video, flag)] of split 1; split 2 swaps train and test.
SPLIT1 = {
    'brush_hair': [('April_09_brush_hair_u_nm_np1_ba_goo_0.avi', 1),
                   ('Blonde_being_brushed_brush_hair_f_nm_np2_ri_med_0.avi',
                    2),
                   ('brushing_hair_2_brush_hair_h_nm_np1_le_goo_1.avi', 0)],
    'cartwheel': [('Bodenturnen_2004_cartwheel_f_cm_np1_le_med_0.avi', 1),
                  ('Cartwheel_Tutorial_cartwheel_f_cm_np1_ri_med_0.avi', 2),
                  ('missing_cartwheel_f_cm_np1_ri_med_0.avi', 1)],
}


@pytest.fixture
def fake_hmdb(tmp_path, har_write_video):
    splits, videos = tmp_path / 'splits', tmp_path / 'videos'
    splits.mkdir()
    for cls, items in SPLIT1.items():
        for k, swap in ((1, {}), (2, {1: 2, 2: 1})):
            (splits / f'{cls}_test_split{k}.txt').write_text(''.join(
                f'{v} {swap.get(f, f)} \n' for v, f in items))
        for video, _ in items:
            if not video.startswith('missing'):
                har_write_video(videos / cls / video, 6)
    return str(splits), str(videos)


def test_generated_layout(fake_hmdb, tmp_path, har_mmaction_scope):
    from mmaction.datasets import VideoDataset
    splits, videos = fake_hmdb
    out = tmp_path / 'out'
    result = prepare_hmdb51(splits, videos, str(out), progress=False)
    assert result.problems == []
    assert sorted(os.listdir(out)) == [
        'hmdb51_classes.txt', 'hmdb51_summary.md',
        'hmdb51_train_split_1_videos.txt', 'hmdb51_train_split_2_videos.txt',
        'hmdb51_val_split_1_videos.txt', 'hmdb51_val_split_2_videos.txt']
    train1 = (out / 'hmdb51_train_split_1_videos.txt').read_text().split('\n')
    val1 = (out / 'hmdb51_val_split_1_videos.txt').read_text().split('\n')
    assert train1[:-1] == [
        'brush_hair/April_09_brush_hair_u_nm_np1_ba_goo_0.avi 0',
        'cartwheel/Bodenturnen_2004_cartwheel_f_cm_np1_le_med_0.avi 1']
    assert not set(train1[:-1]) & set(val1[:-1])
    assert len(result.absent) == 2  # once per split file naming it
    assert 'cartwheel_test_split1.txt:3: cartwheel/missing_' in \
        result.absent[0]
    summary = (out / 'hmdb51_summary.md').read_text()
    assert 'split 1: 1 videos flagged 0' in summary
    ds = VideoDataset(str(out / 'hmdb51_val_split_2_videos.txt'),
                      [dict(type='DecordInit'),
                       dict(type='SampleFrames', clip_len=4, num_clips=1),
                       dict(type='DecordDecode')],
                      data_prefix=dict(video=videos))
    assert len(ds) == 2 and len(ds[0]['imgs']) == 4


def test_flat_video_folder(fake_hmdb, tmp_path):
    splits, videos = fake_hmdb
    flat = tmp_path / 'flat'
    flat.mkdir()
    for cls in SPLIT1:
        for name in os.listdir(osp.join(videos, cls)):
            os.rename(osp.join(videos, cls, name), flat / name)
    result = prepare_hmdb51(splits, str(flat), str(tmp_path / 'out'),
                            splits=[1], media='open', progress=False)
    assert len(result.lists['hmdb51_train_split_1_videos.txt']) == 2
    assert 'found under another path or letter case' in result.notes


def test_bad_inputs(fake_hmdb, tmp_path):
    splits, videos = fake_hmdb
    out = str(tmp_path / 'out')
    with open(osp.join(splits, 'cartwheel_test_split1.txt'), 'a') as f:
        f.write('extra.avi 3\n')
    with pytest.raises(HarError, match=r'cartwheel_test_split1.txt:4: '
                       r'expected "video.avi F" with F 0'):
        prepare_hmdb51(splits, videos, out, progress=False)
    os.remove(osp.join(splits, 'cartwheel_test_split1.txt'))
    with pytest.raises(MissingFileError, match='split 1 file of class '
                       'cartwheel'):
        prepare_hmdb51(splits, videos, out, progress=False)
    with pytest.raises(MissingFileError, match='HMDB51 split folder'):
        prepare_hmdb51(str(tmp_path / 'x'), videos, out)
    assert not osp.exists(out)


def test_tool(fake_hmdb, tmp_path, har_tool):
    splits, videos = fake_hmdb
    res = har_tool('prepare_hmdb51.py', splits, videos, tmp_path / 'o',
                   '--splits', '2', '--media', 'exists')
    assert res.returncode == 0, res.stderr
    assert 'hmdb51_val_split_2_videos.txt: 2 videos' in res.stdout
    res = har_tool('prepare_hmdb51.py', splits, tmp_path / 'none',
                   tmp_path / 'o')
    assert res.returncode == 1
    assert 'error: HMDB51 video folder not found' in res.stderr
