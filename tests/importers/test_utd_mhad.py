"""UTD-MHAD converter: names, annotations, split, depth paths, the tool."""
import importlib.util
import os.path as osp

import mmengine
import numpy as np
import pytest
from scipy.io import savemat

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.utd_mhad import (CLASSES, build_annotations,
                                             load_skeleton, parse_name,
                                             prepare_utd_mhad)

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
TOOL = osp.join(REPO, 'tools', 'data', 'prepare_utd_mhad.py')


def _fake_root(tmp_path):
    """Actions 1-2, subjects 1-2, trial 1; depth only for subject 1."""
    skel, depth = tmp_path / 'skeleton', tmp_path / 'depth'
    skel.mkdir()
    depth.mkdir()
    rng = np.random.RandomState(0)
    for a in (1, 2):
        for s in (1, 2):
            frames = 5 + a + s
            savemat(str(skel / f'a{a}_s{s}_t1_skeleton.mat'),
                    dict(d_skel=rng.randn(20, 3, frames)))
            if s == 1:
                savemat(str(depth / f'a{a}_s{s}_t1_depth.mat'),
                        dict(d_depth=np.ones((4, 5, frames), np.uint16)))
    (skel / 'Skeleton_joint_order.txt').write_text('1. head;')
    return tmp_path


def test_parse_name():
    assert parse_name('/x/a27_s8_t4_skeleton.mat') == dict(action=27,
                                                           subject=8,
                                                           trial=4)
    assert parse_name('Skeleton_joint_order.txt') is None
    assert len(CLASSES) == 27


def test_build_annotations(tmp_path):
    root = _fake_root(tmp_path)
    data, skipped = build_annotations(str(root / 'skeleton'),
                                      str(root / 'depth'))
    assert skipped == {}
    annos = data['annotations']
    assert [a['frame_dir'] for a in annos] == [
        'a1_s1_t1', 'a1_s2_t1', 'a2_s1_t1', 'a2_s2_t1']
    first = annos[0]
    assert first['label'] == 0 and first['subject'] == 1
    assert first['keypoint'].shape == (1, 7, 20, 3)
    assert first['keypoint'].dtype == np.float32
    assert first['keypoint_score'].shape == (1, 7, 20)
    assert first['total_frames'] == 7
    raw = load_skeleton(str(root / 'skeleton' / 'a1_s1_t1_skeleton.mat'))
    np.testing.assert_array_equal(first['keypoint'][0], raw)
    assert data['split']['train'] == ['a1_s1_t1', 'a2_s1_t1']
    assert data['split']['test'] == ['a1_s2_t1', 'a2_s2_t1']
    assert data['split']['train_depth'] == ['a1_s1_t1', 'a2_s1_t1']
    assert data['split']['test_depth'] == []
    assert first['depth_file'].endswith('a1_s1_t1_depth.mat')
    assert 'depth_file' not in annos[1]
    assert data['classes'] == CLASSES


def test_load_skeleton_layout(tmp_path):
    skel = np.zeros((20, 3, 4))
    skel[5, 1, 2] = 7.  # joint 5, y, frame 2
    savemat(str(tmp_path / 'a1_s1_t1_skeleton.mat'), dict(d_skel=skel))
    out = load_skeleton(str(tmp_path / 'a1_s1_t1_skeleton.mat'))
    assert out.shape == (4, 20, 3) and out[2, 5, 1] == 7.
    savemat(str(tmp_path / 'bad.mat'), dict(d_skel=np.zeros((25, 3, 4))))
    with pytest.raises(HarError, match=r'bad.mat: d_skel is float64 '
                       r'\(25, 3, 4\), expected numbers \(20, 3, T\)'):
        load_skeleton(str(tmp_path / 'bad.mat'))
    data = (tmp_path / 'a1_s1_t1_skeleton.mat').read_bytes()
    (tmp_path / 'cut.mat').write_bytes(data[:len(data) // 2])
    with pytest.raises(HarError, match='cut.mat: not a readable .mat file'):
        load_skeleton(str(tmp_path / 'cut.mat'))
    with pytest.raises(MissingFileError):
        build_annotations(str(tmp_path / 'nothing'))


def test_tool_writes_a_pose_dataset(tmp_path):
    spec = importlib.util.spec_from_file_location('prepare_utd_mhad', TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    root = _fake_root(tmp_path)
    out = tmp_path / 'out'
    assert tool.main([str(root), str(out)]) == 0
    data = mmengine.load(str(out / 'utd_mhad_xsub.pkl'))
    assert len(data['annotations']) == 4 and 'train_depth' in data['split']
    assert '| 0 | right arm swipe to the left | 1 | 1 | 1 | 0 |' in (
        out / 'utd_mhad_xsub_summary.md').read_text()
    tool.main([str(root), str(out), '--depth-dir', 'none'])
    assert 'train_depth' not in mmengine.load(
        str(out / 'utd_mhad_xsub.pkl'))['split']
    with pytest.raises(MissingFileError, match='skeleton folder'):
        tool.main([str(tmp_path / 'missing')])
    with pytest.raises(MissingFileError, match='depth folder'):
        tool.main([str(root), '--depth-dir', str(tmp_path / 'missing')])

    from mmaction.datasets import PoseDataset

    import mmaction_har  # noqa: F401
    dataset = PoseDataset(str(out / 'utd_mhad_xsub.pkl'), pipeline=[],
                          split='test')
    assert len(dataset) == 2 and dataset[0]['keypoint'].shape[2:] == (20, 3)


def test_bad_files_are_left_out_or_stop(tmp_path):
    """A truncated .mat is left out and listed; when nothing is usable, or
    a split would be empty, nothing is written and the output folder keeps
    its earlier files."""
    root = _fake_root(tmp_path)
    skel = root / 'skeleton'
    data = (skel / 'a1_s1_t1_skeleton.mat').read_bytes()
    (skel / 'a1_s1_t1_skeleton.mat').write_bytes(data[:100])
    out = prepare_utd_mhad(str(skel), str(tmp_path / 'o'), progress=False)
    assert list(out['skipped']) == ['a1_s1_t1']
    assert 'not a readable .mat file' in out['skipped']['a1_s1_t1']
    before = {p.name: p.read_bytes() for p in (tmp_path / 'o').iterdir()}
    for name in ('a2_s1_t1', 'a1_s2_t1', 'a2_s2_t1'):
        (skel / f'{name}_skeleton.mat').write_bytes(b'')
    with pytest.raises(HarError) as err:
        prepare_utd_mhad(str(skel), str(tmp_path / 'o'), progress=False)
    assert str(err.value).startswith(f'no usable sample in {skel} (4 left '
                                     'out, the first: a1_s1_t1: ')
    assert {p.name: p.read_bytes() for p in (tmp_path / 'o').iterdir()} \
        == before


def test_real_utd_mhad(shared_data):
    skeleton_dir = osp.join(shared_data, 'utd_mhad', 'skeleton')
    if not osp.isdir(skeleton_dir):
        pytest.skip(f'{skeleton_dir} not found')
    depth_dir = osp.join(shared_data, 'utd_mhad', 'depth')
    data, skipped = build_annotations(skeleton_dir, depth_dir)
    assert skipped == {}
    split = data['split']
    assert len(data['annotations']) == 861
    assert (len(split['train']), len(split['test'])) == (431, 430)
    assert {a['subject'] for a in data['annotations']
            if a['frame_dir'] in set(split['train'])} == {1, 3, 5, 7}
    # the fixtures hold every subject's depth maps: all sequences have one
    assert (len(split['train_depth']), len(split['test_depth'])) == (431,
                                                                     430)
    frames = [a['total_frames'] for a in data['annotations']]
    assert min(frames) >= 30 and max(frames) <= 200
    labels = np.bincount([a['label'] for a in data['annotations']])
    assert len(labels) == 27 and labels.min() >= 31
