"""UCF101 importer: official split-file formats -> MMAction2 video lists."""
import os
import os.path as osp
import re

import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.ucf101 import prepare_ucf101


def write_splits(split_dir, classes, train, test):
    """Official formats (CRLF): classInd, trainlist01 (label), testlist01."""
    os.makedirs(split_dir, exist_ok=True)
    with open(osp.join(split_dir, 'classInd.txt'), 'w', newline='') as f:
        f.writelines(f'{i + 1} {c}\r\n' for i, c in enumerate(classes))
    with open(osp.join(split_dir, 'trainlist01.txt'), 'w', newline='') as f:
        f.writelines(f'{p} {classes.index(p.split("/")[0]) + 1}\r\n'
                     for p in train)
    with open(osp.join(split_dir, 'testlist01.txt'), 'w', newline='') as f:
        f.writelines(f'{p}\r\n' for p in test)


def group(path):
    return int(re.search(r'_g(\d+)_', path).group(1))


@pytest.fixture(scope='module')
def real_ucf(shared_data, tmp_path_factory):
    """The real subset with split-1-style files: g01-g02 test, g08-g11
    train."""
    root = osp.join(shared_data, 'ucf101_subset')
    classes = sorted(os.listdir(root))
    clips = [f'{c}/{f}' for c in classes
             for f in sorted(os.listdir(osp.join(root, c)))]
    tmp = tmp_path_factory.mktemp('ucf')
    write_splits(str(tmp / 'splits'), classes,
                 [p for p in clips if group(p) >= 8],
                 [p for p in clips if group(p) <= 7])
    result = prepare_ucf101(str(tmp / 'splits'), root, str(tmp / 'out'),
                            media='open', progress=False)
    return root, tmp / 'out', result


def test_real_subset_lists(real_ucf):
    root, out, result = real_ucf
    assert result.problems == [] and result.absent == []
    train = (out / 'ucf101_train_split_1_videos.txt').read_text().split('\n')
    val = (out / 'ucf101_val_split_1_videos.txt').read_text().split('\n')
    assert len(train) - 1 == 91 and len(val) - 1 == 44
    assert train[0] == 'ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi 0'
    assert (out / 'ucf101_classes.txt').read_text().split() == [
        'ApplyEyeMakeup', 'Archery', 'BabyCrawling', 'BaseballPitch']
    # no (class, group) pair on both sides
    pairs = [{(line.split('/')[0], group(line)) for line in lines if line}
             for lines in (train, val)]
    assert pairs[0] and pairs[1] and not pairs[0] & pairs[1]
    assert '| 1 | Archery | 26 | 14 |' in (
        out / 'ucf101_summary.md').read_text()


def test_real_subset_pipeline(real_ucf, har_mmaction_scope):
    from mmaction.datasets import VideoDataset
    root, out, _ = real_ucf
    ds = VideoDataset(
        str(out / 'ucf101_val_split_1_videos.txt'),
        [dict(type='DecordInit'),
         dict(type='SampleFrames', clip_len=4, frame_interval=2,
              num_clips=1, test_mode=True),
         dict(type='DecordDecode')],
        data_prefix=dict(video=root), test_mode=True)
    assert len(ds) == 44
    for idx in (0, 20, 43):
        sample = ds.prepare_data(idx)
        assert len(sample['imgs']) == 4
        assert sample['imgs'][0].shape == (240, 320, 3)


@pytest.fixture
def fake_ucf(tmp_path, har_write_video):
    """Two classes; a letter-case mismatch; one clip absent on disk."""
    videos = tmp_path / 'videos'
    for rel in ['HandstandPushups/v_HandStandPushups_g01_c01.avi',
                'HandstandPushups/v_HandStandPushups_g08_c01.avi',
                'Archery/v_Archery_g01_c01.avi',
                'Archery/v_Archery_g08_c01.avi']:
        har_write_video(videos / rel, 8)
    write_splits(str(tmp_path / 'splits'), ['Archery', 'HandstandPushups'],
                 ['Archery/v_Archery_g08_c01.avi',
                  'HandstandPushups/v_HandstandPushups_g08_c01.avi',
                  'Archery/v_Archery_g09_c01.avi'],
                 ['Archery/v_Archery_g01_c01.avi',
                  'HandstandPushups/v_HandStandPushups_g01_c01.avi'])
    return str(tmp_path / 'splits'), str(videos)


def test_generated_layout(fake_ucf, tmp_path):
    splits, videos = fake_ucf
    out = tmp_path / 'out'
    result = prepare_ucf101(splits, videos, str(out), progress=False)
    assert result.problems == []
    assert (out / 'ucf101_train_split_1_videos.txt').read_text() == (
        'Archery/v_Archery_g08_c01.avi 0\n'
        'HandstandPushups/v_HandStandPushups_g08_c01.avi 1\n')
    assert len(result.absent) == 1
    assert 'trainlist01.txt:3: Archery/v_Archery_g09_c01.avi' in \
        result.absent[0]
    summary = (out / 'ucf101_summary.md').read_text()
    assert 'v_Archery_g09_c01.avi' in summary
    assert 'HandstandPushups/v_HandstandPushups_g08_c01.avi -> ' in summary
    before = sorted((p, (out / p).read_bytes()) for p in os.listdir(out))
    prepare_ucf101(splits, videos, str(out), progress=False)
    assert sorted((p, (out / p).read_bytes()) for p in os.listdir(out)) \
        == before


@pytest.mark.parametrize('fname,content,expected', [
    ('classInd.txt', '1 Archery\r\n3 HandstandPushups\r\n',
     r'classInd.txt:2: expected "2 ClassName"'),
    ('trainlist01.txt', 'Archery/v_Archery_g08_c01.avi 2\r\n',
     r'trainlist01.txt:1: label .2., but classInd.txt gives 1 for Archery'),
    ('trainlist01.txt', 'Swimming/v_Swimming_g08_c01.avi 1\r\n',
     r"trainlist01.txt:1: class folder 'Swimming' is not in classInd"),
    ('testlist01.txt', 'v_Archery_g01_c01.avi\r\n',
     r'testlist01.txt:1: expected "Class/v_Class_gGG_cCC.avi'),
    ('testlist01.txt', 'Archery/v_Archery_g08_c01.avi\r\n',
     r"in both trainlist01 and testlist01: \('Archery', 8\)"),
])
def test_bad_split_files(fake_ucf, tmp_path, fname, content, expected):
    splits, videos = fake_ucf
    with open(osp.join(splits, fname), 'w', newline='') as f:
        f.write(content)
    with pytest.raises(HarError, match=expected):
        prepare_ucf101(splits, videos, str(tmp_path / 'out'),
                       progress=False)
    assert not (tmp_path / 'out').exists()


def test_missing_inputs(fake_ucf, tmp_path):
    splits, videos = fake_ucf
    with pytest.raises(MissingFileError, match='UCF101 video folder'):
        prepare_ucf101(splits, str(tmp_path / 'x'), str(tmp_path / 'o'))
    os.remove(osp.join(splits, 'testlist01.txt'))
    with pytest.raises(MissingFileError, match='testlist01.txt'):
        prepare_ucf101(splits, videos, str(tmp_path / 'o'))


def test_tool(fake_ucf, tmp_path, har_tool):
    splits, videos = fake_ucf
    assert 'usage:' in har_tool('prepare_ucf101.py', '--help').stdout
    res = har_tool('prepare_ucf101.py', splits, videos, tmp_path / 'o')
    assert res.returncode == 0, res.stderr
    assert 'ucf101_train_split_1_videos.txt: 2 videos' in res.stdout
    res = har_tool('prepare_ucf101.py', tmp_path / 'none', videos,
                   tmp_path / 'o')
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1].startswith(
        'error: UCF101 classInd.txt not found')
