"""NTU RGB+D ``.skeleton`` parser and importer."""
import os.path as osp
import pickle
import shutil

import numpy as np
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.ntu.prepare import prepare_ntu
from mmaction_har.importers.ntu.skeleton import (degenerate, read_skeleton,
                                                 to_arrays)


def body_joints(rng, offset):
    """(25, 12) plausible joint values, tracked."""
    joints = np.zeros((25, 12))
    joints[:, 0:3] = rng.normal(offset, 0.3, (25, 3))
    joints[:, 3:5] = rng.uniform(100, 400, (25, 2))
    joints[:, 5:7] = rng.uniform(300, 1500, (25, 2))
    joints[:, 11] = 2
    return joints


def write_skeleton(path, frames):
    """frames: list of [(body_id, (25, 12) joints)]."""
    lines = [str(len(frames))]
    for bodies in frames:
        lines.append(str(len(bodies)))
        for body_id, joints in bodies:
            lines.append(f'{body_id} 0 1 1 1 1 0 0.01 -0.2 2')
            lines.append('25')
            lines += [' '.join(f'{v:.6g}' for v in row) for row in joints]
    with open(path, 'w', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')


@pytest.fixture
def fake_ntu(tmp_path):
    """Two actors + a 3-frame ghost; a frame with colour at the origin and
    one with all 3D joints at one point; an empty and a broken file."""
    rng = np.random.default_rng(0)
    root = tmp_path / 'skel'
    root.mkdir()
    frames = []
    for t in range(20):
        bodies = [('111', body_joints(rng, 0.0)), ('222', body_joints(rng,
                                                                      1.0))]
        if t == 4:
            bodies[0][1][:, 5:7] = 0.0
        if t == 7:
            bodies[1][1][:, 0:3] = 0.5
        if t < 3:
            bodies.append(('333', body_joints(rng, 5.0) * 3))
        frames.append(bodies)
    write_skeleton(root / 'S001C002P001R001A050.skeleton', frames)
    write_skeleton(root / 'S001C001P003R001A001.skeleton',
                   [[('9', body_joints(rng, 0.0))] for _ in range(15)])
    write_skeleton(root / 'S001C001P002R001A002.skeleton', [[], []])
    write_skeleton(root / 'S001C003P002R002A002.skeleton',
                   [[('9', body_joints(rng, 0.0))]])
    text = (root / 'S001C003P002R002A002.skeleton').read_text()
    (root / 'S001C003P002R002A002.skeleton').write_text(
        text.replace('\n0.', '\nx.', 1))
    (root / 'notes.skeleton').write_text('1\n0\n')
    return root


def test_parser_and_degenerate_frames(fake_ntu):
    sk = read_skeleton(str(fake_ntu / 'S001C002P001R001A050.skeleton'))
    assert sk.num_frames == 20 and list(sk.bodies) == ['111', '222', '333']
    assert sk.bodies['333'].frames == [0, 1, 2]
    masks = degenerate(sk.bodies['111'].array(), 'color')
    assert np.flatnonzero(masks['zero']).tolist() == [4]
    masks = degenerate(sk.bodies['222'].array(), '3d')
    assert np.flatnonzero(masks['collapsed']).tolist() == [7]
    keypoint, score, stats = to_arrays(sk, 'color')
    assert keypoint.shape == (2, 20, 25, 2) and score.shape == (2, 20, 25)
    assert score[0, 4].sum() == 0 and keypoint[0, 4].sum() == 0
    assert score[0, 5].min() == 1.0
    assert stats['color']['zero'] == 1 and stats['3d']['collapsed'] == 1
    assert stats['depth'] == dict(frames=40, nonfinite=0, zero=0,
                                  collapsed=0)


def test_parser_errors_name_the_line(fake_ntu, tmp_path):
    with pytest.raises(HarError, match=r'A002.skeleton:5: expected a joint '
                       r'\(12 numbers'):
        read_skeleton(str(fake_ntu / 'S001C003P002R002A002.skeleton'))
    bad = tmp_path / 'S001C001P001R001A001.skeleton'
    bad.write_text('2\n1\n72 0 1\n')
    with pytest.raises(HarError, match=r':3: expected a body info line '
                       r'\(10 values\), got 3'):
        read_skeleton(str(bad))
    with pytest.raises(MissingFileError):
        read_skeleton(str(tmp_path / 'none.skeleton'))


def test_generated_import(fake_ntu, tmp_path, har_mmaction_scope):
    from mmaction.datasets import PoseDataset
    out = prepare_ntu(str(fake_ntu), str(tmp_path / 'o'), progress=False)
    assert out['problems'] == [] and out['benchmark'] == 'ntu60'
    assert sorted(out['skipped']) == ['S001C001P002R001A002',
                                      'S001C003P002R002A002', 'notes']
    assert 'missing skeleton' in out['skipped']['S001C001P002R001A002']
    assert ':5: expected a joint' in out['skipped']['S001C003P002R002A002']
    assert out['split'] == {  # performer 3 is a test subject
        'xsub_train': ['S001C002P001R001A050'],
        'xsub_val': ['S001C001P003R001A001'],
        'xview_train': ['S001C002P001R001A050'],
        'xview_val': ['S001C001P003R001A001']}
    summary = (tmp_path / 'o' / 'ntu60_3d_summary.md').read_text()
    assert '| 3d | 55 | 0 | 0 | 1 | 98.2% of body-frames |' in summary
    assert '| color | 55 | 0 | 1 | 0 | 98.2% of body-frames |' in summary
    assert '| depth | 55 | 0 | 0 | 0 | yes |' in summary
    ds = PoseDataset(str(tmp_path / 'o' / 'ntu60_3d.pkl'),
                     [dict(type='PreNormalize3D'),
                      dict(type='UniformSampleFrames', clip_len=8),
                      dict(type='PoseDecode'),
                      dict(type='FormatGCNInput', num_person=2)],
                     split='xsub_train')
    assert len(ds) == 1
    assert ds[0]['keypoint'].shape == (1, 2, 8, 25, 3)


def test_real_skeletons(shared_data, tmp_path, har_mmaction_scope):
    from mmaction.datasets import PoseDataset
    out = prepare_ntu(osp.join(shared_data, 'ntu_skeleton'),
                      str(tmp_path), coords='color', progress=False)
    assert out['problems'] == [] and out['skipped'] == {}
    shapes = {a['frame_dir']: a['keypoint'].shape
              for a in out['annotations']}
    assert shapes['S001C003P008R002A058'] == (2, 70, 25, 2)
    assert shapes['S001C001P001R001A011'] == (1, 82, 25, 2)
    assert not set(out['split']['xsub_train']) & set(
        out['split']['xsub_val'])
    subjects = {s: {int(n[9:12]) for n in out['split'][s]}
                for s in ('xsub_train', 'xsub_val')}
    assert subjects == dict(xsub_train={1, 8, 15}, xsub_val={3})
    with open(tmp_path / 'ntu60_2d.pkl', 'rb') as f:
        data = pickle.load(f)
    assert len(data['classes']) == 60 and data['classes'][57] == \
        'handshaking'  # A058, two persons
    ds = PoseDataset(str(tmp_path / 'ntu60_2d.pkl'),
                     [dict(type='UniformSampleFrames', clip_len=12,
                           test_mode=True),
                      dict(type='PoseDecode'),
                      dict(type='PoseCompact', hw_ratio=1.0,
                           allow_imgpad=True),
                      dict(type='Resize', scale=(32, 32), keep_ratio=False),
                      dict(type='GeneratePoseTarget', with_kp=True,
                           with_limb=False)],
                     split='xview_val', test_mode=True)
    sample = ds[0]
    assert sample['imgs'].shape[0] == 12
    assert np.isfinite(sample['imgs']).all()


def test_tool(fake_ntu, tmp_path, har_tool):
    shutil.copy(fake_ntu / 'S001C002P001R001A050.skeleton',
                fake_ntu / 'S018C001P106R001A120.skeleton')
    res = har_tool('prepare_ntu.py', fake_ntu, tmp_path, '--coords', 'depth')
    assert res.returncode == 0, res.stderr
    assert 'ntu120: 3 samples' in res.stdout
    assert osp.isfile(tmp_path / 'ntu120_depth2d.pkl')
    res = har_tool('prepare_ntu.py', tmp_path / 'none', tmp_path)
    assert res.returncode == 1
    assert 'error: NTU skeleton folder not found' in res.stderr


def test_nothing_usable_keeps_the_earlier_output(fake_ntu, tmp_path):
    """A folder of unparseable files is an error naming the first one with
    its line; the good pickle written before is left as it was."""
    out_dir = tmp_path / 'o'
    prepare_ntu(str(fake_ntu), str(out_dir), progress=False)
    before = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    broken = tmp_path / 'broken'
    broken.mkdir()
    (broken / 'S001C001P001R001A001.skeleton').write_text('garbage\n')
    (broken / 'S001C001P002R001A002.skeleton').write_text('3\n1\n')
    with pytest.raises(HarError) as err:
        prepare_ntu(str(broken), str(out_dir), progress=False)
    text = str(err.value)
    assert text.startswith(f'no usable sample in {broken} (2 left out')
    assert 'S001C001P001R001A001.skeleton:1: expected the number of frames' \
        in text and text.endswith('nothing written')
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == before


def test_degenerate_files_are_left_out(fake_ntu, tmp_path):
    """A file whose bodies have all joints at the origin in every frame
    would be an all-zero sample: left out, like a missing skeleton."""
    rng = np.random.default_rng(1)
    joints = body_joints(rng, 0.0)
    joints[:, 0:3] = 0.0
    write_skeleton(fake_ntu / 'S001C001P001R002A003.skeleton',
                   [[('5', joints)] for _ in range(12)])
    out = prepare_ntu(str(fake_ntu), str(tmp_path), progress=False)
    assert 'all keypoints zero' in out['skipped']['S001C001P001R002A003']
    assert 'S001C001P001R002A003' not in {
        a['frame_dir'] for a in out['annotations']}


def test_empty_split_needs_the_flag(fake_ntu, tmp_path):
    (fake_ntu / 'S001C001P003R001A001.skeleton').unlink()  # the val subject
    with pytest.raises(HarError, match='split xsub_val, xview_val would be '
                       'empty'):
        prepare_ntu(str(fake_ntu), str(tmp_path / 'a'), progress=False)
    assert not (tmp_path / 'a').exists() or not any(
        (tmp_path / 'a').iterdir())
    out = prepare_ntu(str(fake_ntu), str(tmp_path / 'b'), progress=False,
                      allow_empty_splits=True)
    assert out['split'] == {'xsub_train': ['S001C002P001R001A050'],
                            'xsub_val': [],
                            'xview_train': ['S001C002P001R001A050'],
                            'xview_val': []}
