"""The mmpose backend: its person boxes, and the error without mmpose.

mmpose cannot run with this project's pins (mmpose 1.3.2 imports mmdet,
which needs mmcv's compiled ops; mmcv-lite has none), so the model path is
not exercised here; see docs/pose_extraction.md.
"""
import importlib.util

import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.pose import build_backend
from mmaction_har.pose.mmpose_backend import person_boxes


def _mmpose_usable():
    if importlib.util.find_spec('mmpose') is None:
        return False
    try:
        import mmpose.apis  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(_mmpose_usable(), reason='mmpose is usable here')
def test_missing_mmpose_is_a_clear_error(tmp_path):
    config, checkpoint = tmp_path / 'td.py', tmp_path / 'td.pth'
    config.write_text('model = dict()\n')
    checkpoint.write_bytes(b'0')
    with pytest.raises(HarError) as err:
        build_backend('mmpose', config=str(config),
                      checkpoint=str(checkpoint))
    message = str(err.value)
    assert message.startswith('the mmpose backend needs mmpose 1.x')
    assert 'mmcv' in message and 'docs/pose_extraction.md' in message


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
