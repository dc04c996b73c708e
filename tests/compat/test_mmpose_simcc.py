"""mmpose's one torchvision import, answered for that module only."""
import importlib.util
import subprocess
import sys

import numpy as np
import pytest
import torch

from mmaction_har.compat.mmpose_simcc import ToPILImage

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec('torchvision') is not None,
    reason='torchvision is installed: the hook stands aside')


def _python(code):
    return subprocess.run([sys.executable, '-c', code], capture_output=True,
                          text=True, timeout=300)


def test_upstream_mmpose_needs_torchvision():
    """The breakage is real: without the hook simcc_vis does not import."""
    result = _python(
        'import sys, mmaction_har; '
        'from mmaction_har.compat.mmpose_simcc import _Finder; '
        'sys.meta_path[:] = [f for f in sys.meta_path '
        'if not isinstance(f, _Finder)]; '
        'import mmpose.visualization.simcc_vis')
    assert result.returncode != 0
    assert "No module named 'torchvision'" in result.stderr


def test_mmpose_apis_import_without_a_global_torchvision():
    result = _python(
        'import importlib.util, sys, mmaction_har, mmpose.apis; '
        'from mmpose.visualization import simcc_vis; '
        'print(simcc_vis.ToPILImage.__module__, "torchvision" in '
        'sys.modules, importlib.util.find_spec("torchvision"))')
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ['mmaction_har.compat.mmpose_simcc',
                                     'False', 'None']


def test_to_pil_image_definition():
    """Floats scaled by 255 and truncated; (H, W), (1, H, W) -> L."""
    heat = torch.tensor([[0.0, 0.5, 1.0], [0.25, 0.999, 0.1]])
    expected = np.array([[0, 127, 255], [63, 254, 25]], np.uint8)
    for pic in (heat, heat[None]):
        image = ToPILImage()(pic)
        assert image.mode == 'L'
        np.testing.assert_array_equal(np.asarray(image), expected)
    rgb = ToPILImage()(torch.full((3, 2, 4), 0.5))
    assert rgb.mode == 'RGB' and rgb.size == (4, 2)
    with pytest.raises(ValueError, match=r'got \(2, 2, 2\)'):
        ToPILImage()(torch.zeros(2, 2, 2))


def test_simcc_visualizer_draws():
    from mmpose.visualization.simcc_vis import SimCCVisualizer
    heatmap = torch.rand(3, 32, 24)
    image = SimCCVisualizer().draw_instance_xy_heatmap(
        heatmap, np.zeros((32, 24, 3), np.uint8))
    assert image.dtype == np.uint8 and image.shape[2] == 3
    assert image.shape[0] > 32 and image.shape[1] > 24
