"""Silence warnings of the pinned stack that are known to be harmless.

Each filter names one message from one place; anything else still shows.

* ``pkg_resources is deprecated as an API`` (setuptools >= 80): mmengine
  0.10.7 resolves ``mmaction::`` config bases through ``pkg_resources``
  (and openmim imports it); setuptools < 81 keeps it working
  (``requirements/runtime.txt``).
* ``torch.cuda.amp.autocast(args...)`` is deprecated: mmdet 3.3.0's
  CSPNeXt layers (RTMPose's backbone, via mmpose) call it on every forward;
  it changes nothing on the CPU and still works on CUDA.

mmcv-lite's ``MultiScaleDeformableAttention`` warning is not filtered: it
no longer happens (:mod:`.mmcv_ext`).
"""
import warnings

#: (message regex, category, module regex) of each silenced warning.
HARMLESS = (
    (r'pkg_resources is deprecated as an API', UserWarning, ''),
    (r'`torch\.cuda\.amp\.autocast\(args\.\.\.\)` is deprecated',
     FutureWarning, r'mmdet\.'),
)


def install():
    """Add the filters (idempotent: ``filterwarnings`` skips duplicates)."""
    for message, category, module in HARMLESS:
        warnings.filterwarnings('ignore', message=message, category=category,
                                module=module)
