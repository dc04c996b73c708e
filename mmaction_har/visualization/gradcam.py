"""Grad-CAM for MMAction2 recognizers (2D, 3D, SlowFast, PoseC3D).

The class score is computed the way MMAction2 tests a model
(``extract_feat(test_mode=True)`` then the head), but from the raw head
logits averaged over views instead of ``average_clips`` probabilities, as
Grad-CAM prescribes. Per target layer, the map is
``ReLU(sum_c w_{c,t} * A_{c,t})`` with ``w_{c,t}`` the gradient averaged over
the spatial positions of time step ``t`` (as MMAction2's and the SlowFast
repository's ``GradCAM``), upsampled to the input's ``(T, H, W)``.

For a 2D recognizer (TSN-like) the segments play the role of time: the map
of segment ``s`` comes from the feature map of that segment alone.
"""
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from ..errors import HarError


@dataclass
class CamResult:
    """Grad-CAM of one sample.

    Attributes:
        maps: ``{title: CAM}``, each float32 (V, T, H, W) >= 0 for V views,
            in input resolution; not normalised.
        layers: ``{title: dotted layer name}``.
        feature_shapes: ``{title: (t, h, w)}`` of the target feature maps.
        logits: Class scores averaged over views, float32 (num_classes, ).
        target: The class whose score was backpropagated.
    """
    maps: dict
    layers: dict
    feature_shapes: dict
    logits: np.ndarray
    target: int

    @property
    def pred(self):
        return int(np.argmax(self.logits))

    @property
    def probs(self):
        e = np.exp(self.logits - self.logits.max())
        return e / e.sum()


def class_scores(model, inputs):
    """Head logits averaged over views, (N, num_classes).

    Args:
        model (BaseRecognizer): The recognizer (eval mode).
        inputs (Tensor): Preprocessed inputs, (N, V, C, T, H, W) for 3D,
            (N, S, C, H, W) for 2D recognizers.
    """
    feats, kwargs = model.extract_feat(inputs, test_mode=True)
    scores = model.cls_head(feats, **kwargs)
    n = inputs.shape[0]
    return scores.view(n, -1, scores.shape[-1]).mean(1)


class _Recorder:
    """Forward hooks that keep a layer's output and its gradient."""

    def __init__(self, model, layers):
        modules = dict(model.named_modules())
        self.acts = {t: [] for t in layers}
        self.grads = {t: {} for t in layers}
        self.handles = []
        for title, name in layers.items():
            if name not in modules:
                raise HarError(f'target layer {name!r} is not a module of '
                               f'{type(model).__name__}')
            self.handles.append(modules[name].register_forward_hook(
                self._hook(title, name)))

    def _hook(self, title, name):
        def hook(module, args, output):
            if not torch.is_tensor(output) or output.dim() not in (4, 5):
                shape = tuple(output.shape) if torch.is_tensor(output) else \
                    type(output).__name__
                raise HarError(
                    f'target layer {name!r} outputs {shape}; Grad-CAM needs '
                    f'a feature map (N, C, H, W) or (N, C, T, H, W)')
            index = len(self.acts[title])
            self.acts[title].append(output.detach())

            def keep(grad):
                self.grads[title][index] = grad.detach()
            if output.requires_grad:
                output.register_hook(keep)
        return hook

    def remove(self):
        for handle in self.handles:
            handle.remove()

    def tensors(self, title, name):
        acts, grads = self.acts[title], self.grads[title]
        if not acts:
            raise HarError(f'target layer {name!r} was not run by the model')
        if len(grads) != len(acts):
            raise HarError(f'target layer {name!r} got no gradient from the '
                           f'class score (is it on the path to the head?)')
        return (torch.cat(acts), torch.cat([grads[i]
                                            for i in range(len(acts))]))


def _layer_cam(act, grad, n):
    """CAM at feature resolution, (N, V, t, h, w), from one layer."""
    if act.dim() == 5:  # (N*V, C, t, h, w)
        weights = grad.mean(dim=(3, 4), keepdim=True)
        cam = F.relu((weights * act).sum(1))
        return cam.view((n, -1) + cam.shape[1:])
    # 2D recognizer: (N*S, C, h, w); the S segments of a sample are time.
    weights = grad.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((weights * act).sum(1))
    return cam.view((n, 1, -1) + cam.shape[1:])


def upsample(cam, size):
    """Trilinear resize of (N, V, t, h, w) maps to (N, V, T, H, W)."""
    n, v = cam.shape[:2]
    out = F.interpolate(cam.reshape((n * v, 1) + cam.shape[2:]).float(),
                        size=tuple(size), mode='trilinear',
                        align_corners=False)
    return out.view((n, v) + tuple(size)).clamp_(min=0)


def grad_cam(model, inputs, layers, target=None):
    """Grad-CAM of one preprocessed sample.

    Args:
        model (BaseRecognizer): Recognizer in eval mode.
        inputs (Tensor): One sample, (1, V, C, T, H, W) or (1, S, C, H, W).
        layers (dict): ``{title: dotted module name}``.
        target (int | None): Class to explain; None: the predicted class.

    Returns:
        CamResult
    """
    if inputs.shape[0] != 1:
        raise HarError(f'grad_cam explains one sample at a time, got a '
                       f'batch of {inputs.shape[0]}')
    size = inputs.shape[-3:] if inputs.dim() == 6 else \
        (inputs.shape[1], ) + tuple(inputs.shape[-2:])
    recorder = _Recorder(model, layers)
    try:
        with torch.enable_grad():
            model.zero_grad(set_to_none=True)
            logits = class_scores(model, inputs)
            num_classes = logits.shape[-1]
            cls = int(logits[0].argmax()) if target is None else int(target)
            if not 0 <= cls < num_classes:
                raise HarError(f'--label {cls} is out of range: the model '
                               f'has {num_classes} classes')
            logits[0, cls].backward()
    finally:
        recorder.remove()
        model.zero_grad(set_to_none=True)
    maps, shapes = {}, {}
    for title, name in layers.items():
        act, grad = recorder.tensors(title, name)
        cam = _layer_cam(act, grad, 1)
        shapes[title] = tuple(cam.shape[2:])
        maps[title] = upsample(cam, size)[0].numpy().astype(np.float32)
    return CamResult(maps=maps, layers=dict(layers), feature_shapes=shapes,
                     logits=logits[0].detach().numpy().astype(np.float32),
                     target=cls)
