"""Child dataset: keypoint layouts, JSON/CSV import."""
import json
import os
import os.path as osp
import pickle

import numpy as np
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.child.prepare import (prepare_child, read_metadata,
                                                  resolve_actions,
                                                  split_children)
from mmaction_har.importers.child.sources import read_csv_clips
from mmaction_har.pose.keypoints import (BODY25, conversion, convert,
                                         flip_indices)


def test_keypoint_layouts():
    assert conversion('body25', 24) == [0, 1, 2, 3, 4, 5, 6, 7] + list(
        range(9, 25))
    assert conversion('body25', 18) == [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11,
                                        12, 13, 14, 15, 16, 17, 18]
    assert conversion('coco18', 14) == list(range(14))
    assert conversion('body24', 18) == list(range(18))
    # the BODY_25 -> COCO-17 indices of the data README
    assert conversion('body25', 'coco17') == [0, 16, 15, 18, 17, 5, 2, 6, 3,
                                              7, 4, 12, 9, 13, 10, 14, 11]
    assert conversion('coco18', 17) == [0, 15, 14, 17, 16, 5, 2, 6, 3, 7, 4,
                                        11, 8, 12, 9, 13, 10]
    with pytest.raises(HarError, match='cannot make body24 from coco18: it '
                       'lacks left_big_toe'):
        conversion('coco18', 24)
    with pytest.raises(HarError, match='keypoint layout 19'):
        conversion('body25', 19)
    left, right = flip_indices('coco17')
    assert left == [1, 3, 5, 7, 9, 11, 13, 15]
    assert right == [2, 4, 6, 8, 10, 12, 14, 16]
    arr = np.arange(25 * 2).reshape(1, 25, 2)
    assert convert(arr, 25, 14).shape == (1, 14, 2)
    assert BODY25[8] == 'mid_hip'


def person(cx, cy, size, conf=0.9, joints=25):
    """A person: joints spread on a size x size box around (cx, cy)."""
    rng = np.random.default_rng(int(cx + cy))
    xy = np.stack([cx + rng.uniform(-size / 2, size / 2, joints),
                   cy + rng.uniform(-size / 2, size / 2, joints)], axis=1)
    xy[0] = (cx - size / 2, cy - size / 2)
    xy[1] = (cx + size / 2, cy + size / 2)
    return np.concatenate([xy, np.full((joints, 1), conf)], axis=1).astype(
        np.float32)


def write_openpose(folder, frames):
    os.makedirs(folder, exist_ok=True)
    for t, people in enumerate(frames):
        data = dict(version=1.3, people=[
            dict(person_id=[-1], pose_keypoints_2d=p.ravel().tolist())
            for p in people])
        with open(osp.join(folder, f'clip_{t:012d}_keypoints.json'),
                  'w') as f:
            json.dump(data, f)


@pytest.fixture
def child_json(tmp_path):
    """6 children x (box, go, run), 4 frames, a bystander in every frame."""
    root = tmp_path / 'json'
    for c in range(6):
        for a, action in enumerate(('box', 'go', 'run')):
            frames = [[person(300 + 10 * t, 200, 150),
                       person(40, 40, 30, conf=0.5)][::1 - 2 * (t % 2)]
                      for t in range(4)]
            write_openpose(str(root / f'c{c:02d}' / action / 'clip1'),
                           frames)
    (root / 'notes' / 'x').mkdir(parents=True)
    (root / 'notes' / 'x' / 'a.json').write_text('{}')
    meta = tmp_path / 'children.csv'
    meta.write_text('child_id,age,gender\n' + ''.join(
        f'c{c:02d},{6 + c},{"fm"[c % 2]}\n' for c in range(5)))
    return str(root), str(meta)


def test_json_import(child_json, tmp_path, har_mmaction_scope):
    from mmaction.datasets import PoseDataset
    root, meta = child_json
    out = prepare_child(root, str(tmp_path / 'o'), metadata=meta,
                        img_shape=(480, 640), progress=False)
    assert out['problems'] == [] and out['classes'] == list(resolve_actions(
        'all'))
    assert out['notes']['children without metadata'] == ['c05']
    assert 'notes/x' in out['notes'][
        'folders not matching {child}/{action}/{clip} (ignored)']
    children = {s: {n.split('/')[0] for n in names}
                for s, names in out['split'].items()}
    assert [len(children[s]) for s in ('train', 'val', 'test')] == [4, 1, 1]
    assert not (children['train'] & children['val'] or
                children['train'] & children['test'] or
                children['val'] & children['test'])
    anns = {a['frame_dir']: a for a in out['annotations']}
    first = anns['c00/box/clip1']
    assert first['keypoint'].shape == (1, 4, 24, 2)
    assert (first['age'], first['gender'], first['child_id']) == (6, 'f',
                                                                  'c00')
    assert 'age' not in anns['c05/go/clip1']
    # the big person is tracked, never the bystander at (40, 40)
    assert first['keypoint'][0, :, :, 0].mean(axis=1).min() > 200
    assert out['outputs'][0].endswith('child_7cls_24kp.pkl')
    ds = PoseDataset(out['outputs'][0],
                     [dict(type='UniformSampleFrames', clip_len=8),
                      dict(type='PoseDecode'),
                      dict(type='PoseCompact', hw_ratio=1.0,
                           allow_imgpad=True),
                      dict(type='Resize', scale=(32, 32), keep_ratio=False),
                      dict(type='GeneratePoseTarget', with_kp=True)],
                     split='train')
    assert len(ds) == 12 and ds[0]['imgs'].shape == (8, 24, 32, 32)


def test_subsets_seed_and_idempotence(child_json, tmp_path):
    root, _ = child_json
    a = prepare_child(root, str(tmp_path / 'a'), keypoints=14,
                      actions='no-run', seed=3, progress=False)
    assert a['classes'] == ['box', 'clap', 'go', 'jog', 'walk', 'wave']
    assert {x['label'] for x in a['annotations']} == {0, 2}
    assert a['annotations'][0]['keypoint'].shape[2] == 14
    assert 'run: 6' in open(a['outputs'][1]).read()
    b = prepare_child(root, str(tmp_path / 'a'), keypoints=14,
                      actions='no-run', seed=3, progress=False)
    assert a['split'] == b['split']
    with open(a['outputs'][0], 'rb') as f1, \
            open(tmp_path / 'a' / 'child_6cls_14kp.pkl', 'rb') as f2:
        assert f1.read() == f2.read()
    splits = {tuple(prepare_child(root, str(tmp_path / f's{s}'),
                                  actions='box', seed=s,
                                  progress=False)['split']['test'])
              for s in range(6)}
    assert len(splits) > 1
    assert split_children(['a', 'b'], (0.5, 0.0, 0.5), 0) in (
        dict(train=['a'], val=[], test=['b']),
        dict(train=['b'], val=[], test=['a']))
    with pytest.raises(HarError, match='split ratios'):
        split_children(['a'], (0.5, 0.5, 0.5))
    with pytest.raises(HarError, match="actions 'swim'"):
        resolve_actions('swim')


def test_clip_without_anybody(child_json, tmp_path):
    """A clip where OpenPose found nobody in any frame is left out and
    listed, not written as an all-zero sample; an input of only such clips
    is an error and the earlier outputs stay."""
    root, _ = child_json
    nobody = osp.join(root, 'c00', 'wave', 'clip1')
    write_openpose(nobody, [[] for _ in range(4)])
    out = prepare_child(root, str(tmp_path / 'o'), progress=False)
    assert 'c00/wave/clip1' not in {a['frame_dir'] for a in out['annotations']}
    assert out['notes']['clips without a person in any frame (left out)'] == [
        f'c00/wave/clip1 ({nobody})']
    assert out['problems'] == []
    before = {p.name: p.read_bytes() for p in (tmp_path / 'o').iterdir()}
    empty_root = tmp_path / 'only_empty'
    write_openpose(str(empty_root / 'c01' / 'box' / 'clip1'), [[], []])
    with pytest.raises(HarError, match=r'no usable sample in .*only_empty '
                       r'\(1 left out, the first: c01/box/clip1'):
        prepare_child(str(empty_root), str(tmp_path / 'o'), progress=False)
    assert {p.name: p.read_bytes() for p in (tmp_path / 'o').iterdir()} \
        == before


CSV_HEADER = 'frame,child_id,label,clip,person,' + ','.join(
    f'x{j},y{j},c{j}' for j in range(18))


def csv_row(frame, child, label, clip, pid, cx, cy, size):
    p = person(cx, cy, size, joints=18)
    return f'{frame},{child},{label},{clip},{pid},' + ','.join(
        f'{x:.2f},{y:.2f},{c:.2f}' for x, y, c in p)


def test_csv_import(tmp_path):
    src = tmp_path / 'csv'
    src.mkdir()
    rows = [CSV_HEADER]
    for t in (0, 1, 3):  # frame 2 missing: a frame without a person
        rows.append(csv_row(t, 'k1', 'wave', 'a', 0, 100, 100, 60))
        rows.append(csv_row(t, 'k1', 'wave', 'a', 1, 300, 300, 10))
        rows.append(csv_row(t, 'k2', 6 - 6 + 0, 'b', 0, 50, 50, 40))
    (src / 'part1.csv').write_text('\n'.join(rows) + '\n')
    out = prepare_child(str(src), str(tmp_path / 'o'), keypoints=14,
                        ratios=(0.5, 0, 0.5), progress=False,
                        allow_empty_splits=True)  # two children, no val
    anns = {a['frame_dir']: a for a in out['annotations']}
    assert sorted(anns) == ['part1/a', 'part1/b']
    a = anns['part1/a']
    assert a['total_frames'] == 4 and a['label'] == 6  # wave
    assert anns['part1/b']['label'] == 0  # index 0 = box
    assert a['keypoint_score'][0, 2].sum() == 0
    assert abs(a['keypoint'][0, 0, :, 0].mean() - 100) < 30
    with pytest.raises(HarError, match='cannot make body24 from coco18'):
        prepare_child(str(src), str(tmp_path / 'o2'), keypoints=24)


@pytest.mark.parametrize('edit,expected', [
    (lambda r: r.replace(',70.00,', ',abc,', 1),
     r"bad.csv:2: column 'x0': expected a number, got 'abc'"),
    (lambda r: r.replace(',wave,', ',swim,', 1),
     r"bad.csv:2: label 'swim': expected one of box"),
    (lambda r: r.replace('child_id', 'kid', 1),
     r"bad.csv:1: header needs a 'child_id' column"),
    (lambda r: r.replace(',x17,y17,c17', '', 1),
     r'bad.csv:1: expected keypoint columns .* found 17 x columns'),
])
def test_csv_errors_name_file_and_line(tmp_path, edit, expected):
    text = CSV_HEADER + '\n' + csv_row(0, 'k1', 'wave', 'a', 0, 100, 100,
                                       60) + '\n'
    (tmp_path / 'bad.csv').write_text(edit(text))
    with pytest.raises(HarError, match=expected):
        read_csv_clips(str(tmp_path / 'bad.csv'))


def test_metadata_errors(tmp_path):
    path = tmp_path / 'm.csv'
    path.write_text('child_id,age\nc1,7\nc1,8\n')
    with pytest.raises(HarError, match='m.csv:3: child c1 is listed again'):
        read_metadata(str(path))
    path.write_text('id,age\n')
    with pytest.raises(HarError, match='m.csv:1: expected a header with a '
                       'child_id column'):
        read_metadata(str(path))
    with pytest.raises(MissingFileError, match='child metadata table'):
        read_metadata(str(tmp_path / 'none.csv'))


def test_real_openpose(shared_data, tmp_path, har_tool):
    src = tmp_path / 'src' / 'c01' / 'box'
    src.mkdir(parents=True)
    os.symlink(osp.join(shared_data, 'openpose_body25', 'json'),
               src / 'clip1')
    res = har_tool('prepare_child.py', tmp_path / 'src', tmp_path / 'o',
                   '--keypoints', '17', '--img-shape', '1080', '1920',
                   '--allow-empty-split')  # one clip: train only
    assert res.returncode == 0, res.stderr
    assert '1 clips (train 1, val 0, test 0); keypoints coco17' in res.stdout
    with open(tmp_path / 'o' / 'child_7cls_17kp.pkl', 'rb') as f:
        ann = pickle.load(f)['annotations'][0]
    assert ann['keypoint'].shape == (1, 100, 17, 2)
    # 9 people per frame, listed in changing order; the largest (the
    # player near x=1140, y=710) is followed through all 100 frames
    score = ann['keypoint_score'][0]
    centre = np.array([ann['keypoint'][0, t][score[t] > 0.1].mean(axis=0)
                       for t in range(100)])
    assert np.abs(centre - [1140, 700]).max() < 120
    assert np.abs(np.diff(centre, axis=0)).max() < 60
    summary = (tmp_path / 'o' / 'child_7cls_17kp_summary.md').read_text()
    assert 'switches' not in summary
    bad = tmp_path / 'bad' / 'c1' / 'box' / 'x'
    bad.mkdir(parents=True)
    (bad / 'f_keypoints.json').write_text(json.dumps(
        dict(people=[dict(pose_keypoints_2d=[1.0] * 30)])))
    res = har_tool('prepare_child.py', tmp_path / 'bad', tmp_path / 'o')
    assert res.returncode == 1
    assert 'f_keypoints.json: people[0].pose_keypoints_2d has 30 values: ' \
        'expected 75' in res.stderr
