"""One-vs-rest lists from positive / negative / hard-negative clips."""
import importlib.util
import os
import os.path as osp

import pytest

from mmaction_har.detection.binary_data import prepare_binary
from mmaction_har.errors import HarError, MissingFileError

from ..conftest import REPO


@pytest.fixture
def layout(tmp_path, shared_data):
    """ROOT/{positive,negative,hard_negative} of real clips (links)."""
    root = tmp_path / 'clips'
    ucf = osp.join(shared_data, 'ucf101_subset')
    kinds = dict(positive='Archery', negative='BabyCrawling',
                 hard_negative='BaseballPitch')
    for kind, action in kinds.items():
        (root / kind).mkdir(parents=True)
        for name in sorted(os.listdir(osp.join(ucf, action)))[::6][:5]:
            os.symlink(osp.join(ucf, action, name), root / kind / name)
    return root


def _read(path):
    with open(path) as f:
        return [ln.split() for ln in f]


def test_lists_split_each_kind_and_weigh_hard_negatives(layout, tmp_path):
    out = tmp_path / 'lists'
    result = prepare_binary('archery', str(out), root=str(layout),
                            val_fraction=0.4, seed=1, hard_negative_repeat=3)
    train = _read(out / 'binary_archery_train_videos.txt')
    val = _read(out / 'binary_archery_val_videos.txt')
    # 2 of 5 of each kind in val; train: 3 + 3 + 3 x 3 hard negatives.
    assert len(val) == 6 and len(train) == 15
    assert sorted(int(label) for _, label in val) == [0, 0, 0, 0, 1, 1]
    assert all(p.startswith(('positive/', 'negative/', 'hard_negative/'))
               for p, _ in train + val)
    assert all((label == '1') == p.startswith('positive/')
               for p, label in train + val)
    assert not {p for p, _ in train} & {p for p, _ in val}
    assert (out / 'binary_archery_classes.txt').read_text() == \
        'rest\narchery\n'
    assert '| train | 3 | 3 | 9 | 15 |' in \
        (out / 'binary_archery_summary.md').read_text()
    assert len(result.outputs) == 4
    # The same seed gives the same split.
    prepare_binary('archery', str(tmp_path / 'again'), root=str(layout),
                   val_fraction=0.4, seed=1, hard_negative_repeat=3)
    assert _read(tmp_path / 'again' / 'binary_archery_val_videos.txt') == val


def test_list_files_and_errors(layout, tmp_path):
    listing = tmp_path / 'pos.txt'
    videos = sorted(os.listdir(layout / 'positive'))
    listing.write_text(''.join(f'clips/positive/{v}\n' for v in videos))
    out = tmp_path / 'lists'
    prepare_binary('archery', str(out), sources=dict(
        positive=str(listing), negative=str(layout / 'negative')))
    rows = _read(out / 'binary_archery_train_videos.txt')
    assert all(osp.isabs(p) for p, _ in rows)
    listing.write_text('clips/positive/missing.avi\n')
    with pytest.raises(MissingFileError, match='line 1 of'):
        prepare_binary('archery', str(out), sources=dict(
            positive=str(listing), negative=str(layout / 'negative')))
    with pytest.raises(HarError, match='no negative clips'):
        prepare_binary('archery', str(out), sources=dict(
            positive=str(layout / 'positive')))


def test_tool(layout, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(
        'prepare_binary', osp.join(REPO, 'tools', 'data', 'prepare_binary.py'))
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.main(['archery', str(tmp_path / 'lists'), '--root',
                      str(layout)]) == 0
    assert 'train: 12 clips (4 positive)' in capsys.readouterr().out


def test_clips_of_one_recording_stay_in_one_split(layout, tmp_path):
    out = tmp_path / 'lists'
    prepare_binary('archery', str(out), root=str(layout), val_fraction=0.5,
                   group_pattern=r'_(g\d+)_c')
    train = _read(out / 'binary_archery_train_videos.txt')
    val = _read(out / 'binary_archery_val_videos.txt')

    def groups(rows):
        return {(p.split('/')[0], p.split('_')[-2]) for p, _ in rows}

    assert groups(train) and groups(val)
    assert not groups(train) & groups(val)
