"""``mmcv.ops`` on mmcv-lite: imports, quietly; missing ops fail when called.

The pure-PyTorch kernels are checked against their definitions in
``tests/compat/ops``.
"""
import subprocess
import sys

import pytest
import torch

from mmaction_har.compat.mmcv_ext import is_stand_in, op_name
from mmaction_har.errors import MissingOpError

pytestmark = pytest.mark.skipif(
    not is_stand_in(), reason='compiled mmcv is installed: no stand-in')


def _python(code):
    return subprocess.run([sys.executable, '-c', code], capture_output=True,
                          text=True, timeout=300)


def test_upstream_mmcv_lite_lacks_ops():
    """The breakage is real: without the plugin mmcv.ops does not import."""
    result = _python('import mmcv.ops')
    assert result.returncode != 0
    assert "No module named 'mmcv._ext'" in result.stderr


def test_mmcv_ops_imports_after_plugin_without_warnings():
    # -W error: mmcv.cnn's "install mmcv rather than mmcv-lite" warning (or
    # any other) would fail the import.
    result = subprocess.run(
        [sys.executable, '-W', 'error::UserWarning', '-c',
         'import mmaction_har, mmcv.cnn, mmcv.ops; '
         'print(mmcv.ops.MultiScaleDeformableAttention.__name__)'],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == 'MultiScaleDeformableAttention'
    assert result.stderr == ''


def test_op_without_kernel_fails_when_called():
    from mmcv.ops import RoIAlign
    layer = RoIAlign((2, 2))  # building it is fine
    with pytest.raises(MissingOpError) as err:
        layer(torch.zeros(1, 1, 4, 4), torch.zeros(1, 5))
    message = str(err.value)
    assert "mmcv op 'roi_align' needs compiled mmcv" in message
    assert 'mim install "mmcv>=2.0.0rc4,<2.2.0"' in message
    assert '\n' not in message


def test_multi_scale_deformable_attention_runs_on_cpu():
    """mmcv's own PyTorch path, as mmpose's RTMO/DEKR code builds it."""
    from mmcv.ops import MultiScaleDeformableAttention
    attn = MultiScaleDeformableAttention(embed_dims=16, num_heads=2,
                                         num_levels=1, num_points=2,
                                         batch_first=True)
    query = torch.randn(1, 6, 16)
    out = attn(query, value=query, reference_points=torch.rand(1, 6, 1, 2),
               spatial_shapes=torch.tensor([[2, 3]]),
               level_start_index=torch.tensor([0]))
    assert out.shape == (1, 6, 16) and torch.isfinite(out).all()


def test_environment_info_does_not_fail():
    from mmcv.ops import get_compiler_version, get_compiling_cuda_version
    assert 'mmcv-lite' in get_compiler_version()
    assert isinstance(get_compiling_cuda_version(), str)


def test_op_name():
    assert op_name('roi_align_forward') == 'roi_align'
    assert op_name('tin_shift_backward') == 'tin_shift'
    assert op_name('nms_rotated') == 'nms_rotated'
