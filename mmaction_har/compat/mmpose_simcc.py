"""Import ``mmpose.visualization.simcc_vis`` without torchvision.

mmpose 1.3.2's ``simcc_vis`` does ``from torchvision.transforms import
ToPILImage`` at module level, and ``mmpose.apis`` imports it through
``mmpose.visualization``. The torchvision wheels that exist for this torch
are CUDA builds that fail to import beside the CPU torch, and nothing of
torchvision runs in pose inference: ``ToPILImage`` only draws SimCC heatmap
figures.

Where torchvision is not installed, an import hook loads that one module
from mmpose's own file with an ``__import__`` that answers
``torchvision.transforms`` with :class:`ToPILImage` below; every other
import of that module, and every other module, sees the normal import
system, and no ``torchvision`` module is ever registered (code that tests
for torchvision still finds none). Where torchvision is installed the hook
does nothing.
"""
import builtins
import importlib.abc
import importlib.util
import sys
import types

import numpy as np
import torch

from .import_hooks import find_real_spec

_MODULE = 'mmpose.visualization.simcc_vis'


class ToPILImage:
    """What ``torchvision.transforms.ToPILImage()`` does for SimCC maps.

    Float tensors are scaled by 255 and truncated to uint8; (H, W) or
    (1, H, W) give an ``L`` image, (3, H, W) an ``RGB`` one.
    """

    def __call__(self, pic):
        from PIL import Image
        array = pic.detach().cpu() if isinstance(pic, torch.Tensor) else \
            torch.as_tensor(np.asarray(pic))
        if array.ndim == 2:
            array = array[None]
        if array.ndim != 3 or array.shape[0] not in (1, 3):
            raise ValueError(f'ToPILImage: expected (H, W) or (1 or 3, H, '
                             f'W), got {tuple(array.shape)}')
        if array.is_floating_point():
            array = array.mul(255).byte()
        image = array.permute(1, 2, 0).numpy()
        if image.shape[2] == 1:
            return Image.fromarray(image[:, :, 0], mode='L')
        return Image.fromarray(image, mode='RGB')


_TRANSFORMS = types.SimpleNamespace(ToPILImage=ToPILImage)


def _import_without_torchvision(name, globals=None, locals=None,
                                fromlist=(), level=0):
    if level == 0 and name == 'torchvision.transforms' and fromlist:
        return _TRANSFORMS
    return builtins.__import__(name, globals, locals, fromlist, level)


class _Loader(importlib.abc.Loader):
    """Runs mmpose's file with the import above as its ``__import__``."""

    def __init__(self, real):
        self.real = real

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__builtins__ = dict(vars(builtins),
                                   __import__=_import_without_torchvision)
        code = self.real.get_code(module.__name__)
        exec(code, vars(module))


class _Finder(importlib.abc.MetaPathFinder):

    def find_spec(self, fullname, path=None, target=None):
        if fullname != _MODULE or importlib.util.find_spec('torchvision'):
            return None
        spec = find_real_spec(self, fullname, path, target)
        if spec is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install():
    """Install the hook once; safe to call repeatedly."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
