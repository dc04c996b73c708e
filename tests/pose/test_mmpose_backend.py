"""The mmpose backend: a real MMPose top-down model on real video frames.

mmpose 1.3.2 runs here on mmcv-lite (``make install`` installs it; see
mmaction_har/compat). No checkpoint can be downloaded in CI, so the model
code runs with random weights: shapes, boxes, the tracker and the pkl are
checked, not accuracy.
"""
import os.path as osp
import pickle
import sys

import numpy as np
import pytest
import torch

from mmaction_har.errors import HarError
from mmaction_har.pose import build_backend, extract_video
from mmaction_har.pose.mmpose_backend import person_boxes

from .test_extract_pose_tool import run_main


@pytest.fixture
def rtmpose_config():
    """RTMPose-t COCO-17 from the mmpose wheel's own configs (its random
    weights seeded)."""
    import mmpose
    torch.manual_seed(0)
    return osp.join(osp.dirname(mmpose.__file__), '.mim', 'configs',
                    'body_2d_keypoint', 'rtmpose', 'coco',
                    'rtmpose-t_8xb256-420e_coco-256x192.py')


def test_missing_mmpose_is_a_clear_error(tmp_path, monkeypatch):
    config = tmp_path / 'td.py'
    config.write_text('model = dict()\n')
    monkeypatch.setitem(sys.modules, 'mmpose.apis', None)  # "not installed"
    with pytest.raises(HarError) as err:
        build_backend('mmpose', config=str(config))
    message = str(err.value)
    assert message.startswith('the mmpose backend needs mmpose 1.x')
    assert 'docs/pose_extraction.md' in message


def test_missing_config_and_checkpoint(rtmpose_config, tmp_path):
    with pytest.raises(HarError, match='needs --pose-config'):
        build_backend('mmpose')
    with pytest.raises(HarError, match='mmpose checkpoint not found'):
        build_backend('mmpose', config=rtmpose_config,
                      checkpoint=str(tmp_path / 'absent.pth'))


def test_rtmpose_in_mediapipe_boxes(rtmpose_config, ntu_clips, capsys):
    """Keypoints (17, 2) inside the BlazePose person box, on a real frame."""
    import decord
    frame = decord.VideoReader(ntu_clips[0], width=480,
                               height=270)[20].asnumpy()
    backend = build_backend('mmpose', config=rtmpose_config,
                            boxes='mediapipe')
    try:
        assert backend.model.dataset_meta['num_keypoints'] == 17
        people = backend.detect(frame)
        box = backend._detector.detect(frame)[0].box
    finally:
        backend.close()
    assert len(people) == 1
    keypoints, scores = people[0].keypoints, people[0].scores
    assert keypoints.shape == (17, 2) and scores.shape == (17, )
    assert np.isfinite(keypoints).all() and (0 <= scores).all() and \
        (scores <= 1).all()
    # Top-down models see the box padded by 1.25 and widened to their
    # input's aspect ratio (mmpose's GetBBoxCenterScale + TopdownAffine):
    # every keypoint lies in that region.
    x1, y1, x2, y2 = person_boxes('mediapipe', frame.shape[:2],
                                  detected=[box])[0]
    w, h = 1.25 * (x2 - x1), 1.25 * (y2 - y1)
    w, h = max(w, h * 192 / 256), max(h, w * 256 / 192)
    centre = np.array([x1 + x2, y1 + y2]) / 2
    assert (np.abs(keypoints - centre) <= np.array([w, h]) / 2 + 1).all()
    # No checkpoint: one warning line.
    lines = capsys.readouterr().err.splitlines()
    assert [ln for ln in lines if ln.startswith('warning:')] == [
        'warning: mmpose backend without --pose-checkpoint: '
        'rtmpose-t_8xb256-420e_coco-256x192.py runs with random weights '
        '(output shapes only, no usable keypoints)']


def test_extract_pose_tool_with_mmpose(rtmpose_config, short_clips,
                                       tmp_path, capfd):
    """The tool on two real 6-frame clips, person boxes from the tracker."""
    (tmp_path / 'list.txt').write_text('a.avi 0\nb.avi 1\n')
    out = tmp_path / 'pose.pkl'
    status, io = run_main([str(tmp_path / 'list.txt'), '--data-root',
                           str(short_clips), '--out', str(out), '--backend',
                           'mmpose', '--pose-config', rtmpose_config], capfd)
    assert status == 0, io.err
    assert 'videos: 2 (2 extracted, 0 from cache, 0 failed); frames: 12; ' \
        'detection rate: 100.0%' in io.out
    # (captured at the file descriptor: the tool silences native stderr)
    warnings = [ln for ln in io.err.splitlines() if 'warning' in ln.lower()]
    assert len(warnings) == 1 and 'without --pose-checkpoint' in warnings[0]
    with open(out, 'rb') as f:
        data = pickle.load(f)
    assert [a['frame_dir'] for a in data['annotations']] == ['a', 'b']
    for ann in data['annotations']:
        assert ann['keypoint'].shape == (1, 6, 17, 2)
        assert ann['keypoint_score'].shape == (1, 6, 17)
        assert ann['img_shape'] == ann['original_shape'] == (270, 480)
        assert ann['total_frames'] == 6
        kp = ann['keypoint'][0]
        # (random weights: anywhere in the padded crop, even off the frame)
        assert np.isfinite(kp).all() and kp.any()


def test_tracker_follows_the_model_box(rtmpose_config, short_clips):
    """``track`` boxes: the whole frame first, then the tracked person;
    MMAction2's registry scope survives mmpose's calls."""
    from mmengine.registry import DefaultScope, init_default_scope
    init_default_scope('mmaction')
    backend = build_backend('mmpose', config=rtmpose_config)
    try:
        pose, stats = extract_video(str(short_clips / 'c.avi'), backend)
    finally:
        backend.close()
    assert DefaultScope.get_current_instance().scope_name == 'mmaction'
    assert stats['frames'] == stats['tracked'] == 6
    assert stats['lost'] == 0 and stats['detection_rate'] == 1.0
    assert pose['keypoint'].shape == (1, 6, 17, 2)


def test_unknown_backend():
    with pytest.raises(HarError, match="unknown pose backend 'openpose'"):
        build_backend('openpose')


def test_person_boxes():
    shape = (100, 200)
    assert person_boxes('frame', shape).tolist() == [[0, 0, 200, 100]]
    # No track yet: the whole frame; then the last box grown by 1.25.
    assert person_boxes('track', shape).tolist() == [[0, 0, 200, 100]]
    box = np.array([80, 20, 120, 60], np.float32)
    assert person_boxes('track', shape, box).tolist() == [[75, 15, 125, 65]]
    # Detector boxes, grown and clipped to the frame.
    boxes = person_boxes('mediapipe', shape, detected=[
        box, np.array([180, 0, 200, 40], np.float32)])
    assert boxes.tolist() == [[75, 15, 125, 65], [177.5, 0, 200, 45]]
    assert person_boxes('mediapipe', shape, detected=[]).shape == (0, 4)
    with pytest.raises(HarError, match='expected one of'):
        person_boxes('mmdet', shape)
