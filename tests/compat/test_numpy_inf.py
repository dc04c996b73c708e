"""MMAction2's PoseCompact under numpy 2, which has no ``np.Inf``."""
import numpy as np
import pytest
from mmaction.datasets.transforms import PoseCompact

from mmaction_har.compat import numpy_inf


def _results():
    kp = np.array([[[[10., 20.], [50., 80.], [30., 40.]]]], np.float32)
    return dict(keypoint=kp, img_shape=(100, 100))


def test_pose_compact_without_np_inf(monkeypatch):
    monkeypatch.delattr(np, 'Inf', raising=False)  # as numpy 2
    with pytest.raises(AttributeError):
        PoseCompact(hw_ratio=1.)(_results())
    numpy_inf.install()
    out = PoseCompact(hw_ratio=1.)(_results())
    assert out['img_shape'] == (75, 74)  # 1.25 x the 60-px height
    assert np.Inf == np.inf


def test_numpy_with_inf_is_left_alone():
    before = getattr(np, 'Inf', None)
    numpy_inf.install()
    if before is not None:
        assert np.Inf is before
