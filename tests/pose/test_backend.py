"""Pose backends come from an mmengine Registry filled lazily."""
import subprocess
import sys

import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.pose import (POSE_BACKENDS, Person, PoseBackend,
                               build_backend, register_backend)


def test_unknown_name_lists_the_registered_backends():
    with pytest.raises(HarError) as err:
        build_backend('openpose')
    assert str(err.value) == ("unknown pose backend 'openpose': expected one "
                              "of ['mediapipe', 'mmpose']")


def test_a_new_backend_is_one_decorated_class():
    @register_backend
    class Fixed(PoseBackend):
        name = 'fixed-test'

        def __init__(self, size=10):
            super().__init__(size=size)

        def detect(self, frame, track_box=None):
            kp = np.full((17, 2), self.options['size'], np.float32)
            return [Person(kp, np.ones(17))]

    try:
        backend = build_backend('fixed-test', size=3)
        assert type(backend) is Fixed
        assert backend.detect(None)[0].keypoints[0].tolist() == [3, 3]
        assert '"backend": "fixed-test"' in backend.cache_token()
    finally:
        POSE_BACKENDS.module_dict.pop('fixed-test')


def test_the_interface_imports_no_implementation():
    """``pose.backend`` never imports a backend module (no cycle): the
    registry's ``locations`` import them on the first build."""
    code = ('import sys\n'
            'from mmaction_har.pose.backend import build_backend\n'
            'names = ("mediapipe_backend", "mmpose_backend")\n'
            'mods = [f"mmaction_har.pose.{n}" for n in names]\n'
            'assert not any(m in sys.modules for m in mods), mods\n'
            'build_backend("mediapipe").close()\n'
            'assert all(m in sys.modules for m in mods)\n')
    res = subprocess.run([sys.executable, '-c', code], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
