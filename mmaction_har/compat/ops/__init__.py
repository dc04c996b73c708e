"""Pure-PyTorch kernels standing in for compiled ``mmcv._ext`` functions.

Each function has the signature of the mmcv extension function it replaces,
so mmcv's own Python wrappers (``mmcv.ops.nms``, ``batched_nms``,
``TINShiftFunction`` with its backward) run unchanged on top of them. They
are installed by :mod:`mmaction_har.compat.mmcv_ext` only where compiled
mmcv is absent (mmcv-lite).
"""
from .nms import nms
from .tin_shift import tin_shift_backward, tin_shift_forward

__all__ = ['nms', 'tin_shift_backward', 'tin_shift_forward']
