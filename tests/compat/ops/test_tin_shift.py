"""TIN's temporal shift on mmcv-lite against its definition, with gradcheck.

``tin_shift`` shifts channel groups by whole frames (zero outside the
clip); MMAction2's ``linear_sampler`` (ResNetTIN) builds a shift by
fractional offsets with linear interpolation from two of them.
"""
import math

import pytest
import torch
from mmaction.models.backbones.resnet_tin import linear_sampler
from mmcv.ops import tin_shift
from torch.autograd import gradcheck

from mmaction_har.compat.mmcv_ext import is_stand_in

# Compiled mmcv has tin_shift for CUDA only: these CPU checks are about the
# pure-PyTorch kernels that replace it on mmcv-lite.
pytestmark = pytest.mark.skipif(
    not is_stand_in(), reason='compiled mmcv: tin_shift has no CPU kernel')


def reference_shift(x, shift):
    """out[n, t + s, c] = x[n, t, c], s = shift[n, group of c]."""
    n, t, c, hw = x.shape
    per_group = c // shift.shape[1]
    out = torch.zeros_like(x)
    for i in range(n):
        for ch in range(c):
            s = int(shift[i, ch // per_group])
            for src in range(t):
                if 0 <= src + s < t:
                    out[i, src + s, ch] = x[i, src, ch]
    return out


def reference_sampler(x, offset):
    """out[n, t, c] = x[n, t - o, c] with o = offset[n, group of c],
    linearly interpolated between frames, zero outside [0, T)."""
    n, t, c = x.shape[:3]
    per_group = c // offset.shape[1]
    out = torch.zeros_like(x)
    for i in range(n):
        for ch in range(c):
            o = float(offset[i, ch // per_group])
            for dst in range(t):
                pos = dst - o
                low = math.floor(pos)
                frac = pos - low
                for frame, weight in ((low, 1 - frac), (low + 1, frac)):
                    if 0 <= frame < t:
                        out[i, dst, ch] += weight * x[i, frame, ch]
    return out


@pytest.mark.parametrize('dtype', (torch.int32, torch.float32))
def test_tin_shift_matches_definition(dtype):
    torch.manual_seed(0)
    x = torch.randn(2, 5, 8, 3)
    shift = torch.tensor([[0, 2, -1, 7], [-5, 1, 3, -2]]).to(dtype)
    torch.testing.assert_close(tin_shift(x, shift),
                               reference_shift(x, shift), rtol=0, atol=0)


def test_tin_shift_gradcheck():
    torch.manual_seed(0)
    x = torch.randn(2, 4, 6, 2, dtype=torch.double, requires_grad=True)
    shift = torch.tensor([[1, -2, 0], [3, -1, 2]], dtype=torch.int32)
    assert gradcheck(lambda d: tin_shift(d, shift), (x, ))


def test_tin_shift_checks_shapes():
    with pytest.raises(ValueError, match='multiple of num_segments'):
        tin_shift(torch.zeros(1, 4, 6, 2), torch.zeros(1, 4).int())


def test_linear_sampler_matches_definition():
    """ResNetTIN's fractional shift, as MMAction2 computes it."""
    torch.manual_seed(0)
    x = torch.randn(2, 6, 8, 2, 3)
    offset = torch.tensor([[0.25, -1.5, 1.75, -0.6],
                           [2.5, 0.0, -3.2, 0.9]])
    got = linear_sampler(x, offset)
    flat = x.view(2, 6, 8, 6)
    torch.testing.assert_close(got.view(2, 6, 8, 6),
                               reference_sampler(flat, offset))


def test_linear_sampler_gradcheck():
    """Gradients reach both the features and the offsets."""
    torch.manual_seed(0)
    x = torch.randn(1, 4, 4, 1, 2, dtype=torch.double, requires_grad=True)
    offset = torch.tensor([[0.3, -1.4]], dtype=torch.double,
                          requires_grad=True)
    assert gradcheck(linear_sampler, (x, offset))
