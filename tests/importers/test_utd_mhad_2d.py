"""UTD-MHAD in Penn Action's 2D layout: projection, joint mapping, the
tool's ``--layout`` and the PoseC3D transfer configs' pipelines."""
import os.path as osp

import mmengine
import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.importers import utd_mhad_2d
from mmaction_har.importers.penn_action import JOINTS
from mmaction_har.importers.utd_mhad import (build_annotations,
                                             prepare_utd_mhad)

from .test_utd_mhad import REPO, _fake_root


def test_project_pinhole_and_untracked_joints():
    points = np.array([[0., 0., 2.], [0.5, 0.25, 1.], [0.3, 0.3, 0.]])
    uv, score = utd_mhad_2d.project(points)
    f = utd_mhad_2d.FOCAL
    np.testing.assert_allclose(uv, [[160, 120], [160 - 0.5 * f,
                                                 120 - 0.25 * f], [0, 0]],
                               rtol=1e-6)
    np.testing.assert_array_equal(score, [1, 1, 0])
    assert uv.dtype == np.float32


def test_joint_map_names():
    """The Kinect joint picked for each Penn Action joint has its name
    (UTD-MHAD's order, documented in importers/utd_mhad.py)."""
    kinect = (['head', 'shoulder_centre', 'spine', 'hip_centre'] + [
        f'{side}_{part}' for side in ('left', 'right')
        for part in ('shoulder', 'elbow', 'wrist', 'hand')] + [
        f'{side}_{part}' for side in ('left', 'right')
        for part in ('hip', 'knee', 'ankle', 'foot')])
    assert [kinect[i] for i in utd_mhad_2d.KINECT_FOR_PENN] == list(JOINTS)


def test_layout_output_and_unknown_layout(tmp_path):
    root = _fake_root(tmp_path)
    out = prepare_utd_mhad(str(root / 'skeleton'), str(tmp_path / 'o'),
                           progress=False, layout='penn-action-2d')
    assert [osp.basename(p) for p in out['outputs']] == [
        'utd_mhad_xsub_penn-action-2d.pkl',
        'utd_mhad_xsub_penn-action-2d_summary.md']
    data = mmengine.load(out['outputs'][0])
    for anno in data['annotations']:
        frames = anno['total_frames']
        assert anno['keypoint'].shape == (1, frames, 13, 2)
        assert anno['keypoint_score'].shape == (1, frames, 13)
        assert anno['img_shape'] == (240, 320)
    assert 'penn-action-2d' in (tmp_path / 'o' /
                                'utd_mhad_xsub_penn-action-2d_summary.md'
                                ).read_text()
    with pytest.raises(HarError, match="unknown UTD-MHAD layout 'coco'"):
        prepare_utd_mhad(str(root / 'skeleton'), str(tmp_path / 'p'),
                         progress=False, layout='coco')
    assert not (tmp_path / 'p').exists()


@pytest.fixture(scope='module')
def real_2d(shared_data):
    skeleton_dir = osp.join(shared_data, 'utd_mhad', 'skeleton')
    if not osp.isdir(skeleton_dir):
        pytest.skip(f'{skeleton_dir} not found')
    data, _ = build_annotations(skeleton_dir)
    return utd_mhad_2d.to_penn_action_2d(data)


def test_real_sequences_look_like_penn_action(real_2d):
    """Real subjects facing the sensor: head above ankles, inside the
    image, and their left shoulder on the image's right as in Penn
    Action's frames."""
    kp = np.concatenate([a['keypoint'][0] for a in real_2d['annotations']])
    assert len(real_2d['annotations']) == 861
    assert (kp[:, 0, 1] < kp[:, 11, 1]).mean() > 0.99
    assert (kp[:, 1, 0] > kp[:, 2, 0]).mean() > 0.95
    inside = (kp[..., 0] >= 0) & (kp[..., 0] < 320) & (kp[..., 1] >= 0) & \
        (kp[..., 1] < 240)
    assert inside.mean() > 0.99


@pytest.mark.parametrize('config', [
    'utd_mhad_xsub_scratch_cpu.py', 'utd_mhad_xsub_penn-action-pretrained.py'
])
def test_transfer_configs_read_it(real_2d, tmp_path, config):
    """The transfer configs' train and test pipelines turn a real
    sequence into 13-channel heatmaps."""
    from mmaction.datasets import PoseDataset
    from mmengine.registry import init_default_scope

    from mmaction_har.config.loading import load_config
    init_default_scope('mmaction')
    pkl = str(tmp_path / 'utd.pkl')
    mmengine.dump(dict(real_2d, annotations=real_2d['annotations'][:2]),
                  pkl)
    cfg = load_config(osp.join(REPO, 'configs', 'posec3d', config))
    size = cfg.test_pipeline[3]['scale'][1]
    for pipeline, shape in ((cfg.train_pipeline, (1, 13, cfg.clip_len)),
                            (cfg.test_pipeline, (20, 13, cfg.clip_len))):
        dataset = PoseDataset(pkl, pipeline=pipeline, split='train')
        inputs = dataset[0]['inputs']
        assert tuple(inputs.shape[:3]) == shape
        assert inputs.shape[-1] in (size, cfg.train_pipeline[5]['scale'][0])
        assert float(inputs.max()) > 0.5
