"""Temporal interlace shift, the ``mmcv._ext.tin_shift_*`` kernels.

TIN (Shao et al., AAAI 2020) shifts groups of channels along time by
learned offsets. Its op shifts by whole frames: for features ``x`` of shape
(N, T, C, HW) and integer shifts ``s`` of shape (N, G),

    out[n, t + s[n, g], c] = x[n, t, c]   for c in group g (C / G channels),

and frames shifted in from outside ``[0, T)`` are zero. MMAction2's
``linear_sampler`` composes two such shifts (``floor(offset)`` and
``floor(offset) + 1``) into a shift by a fractional offset with linear
interpolation. The backward pass shifts the gradient back by ``-s``; the
shift itself gets no gradient (it is an integer).

mmcv compiles this op for CUDA only; here it runs on any device.
"""


def _shift(src, shift, dst):
    """``dst[n, t + s, c] = src[n, t, c]`` per (sample, channel group)."""
    frames, channels = src.size(1), src.size(2)
    per_group = channels // shift.size(1)
    dst.zero_()
    for n, row in enumerate(shift.tolist()):
        for g, s in enumerate(row):
            s = int(s)
            if abs(s) >= frames:
                continue
            ch = slice(g * per_group, (g + 1) * per_group)
            if s >= 0:
                dst[n, s:, ch] = src[n, :frames - s, ch]
            else:
                dst[n, :frames + s, ch] = src[n, -s:, ch]
    return dst


def tin_shift_forward(input, shift, output):
    """Fill ``output`` (N, T, C, HW) with ``input`` shifted by ``shift``.

    Args:
        input (torch.Tensor): (N, T, C, HW) features.
        shift (torch.Tensor): (N, G) integer shifts, G divides C.
        output (torch.Tensor): Written in place, same shape as ``input``.
    """
    _shift(input, shift, output)


def tin_shift_backward(grad_output, shift, grad_input):
    """Fill ``grad_input`` with ``grad_output`` shifted back by ``shift``."""
    _shift(grad_output, -shift, grad_input)
