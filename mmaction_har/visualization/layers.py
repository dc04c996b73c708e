"""Target layers for Grad-CAM: model families, default layers, listing.

The default target layer of every family is the last residual block of the
backbone (the last feature map before global pooling), found through the
``res_layers`` attribute that MMAction2's ResNet-style backbones set
(``ResNet``, ``ResNetTSM`` and TIN's ``ResNetTIN``, ``ResNet3d`` and its
subclasses ``ResNet3dSlowOnly``, ``ResNet2Plus1d``, ``ResNet3dCSN``; for
``ResNet3dSlowFast`` its ``slow_path`` and ``fast_path``). Any other
module can be named explicitly with its dotted name as printed by
:func:`list_layers`.
"""
import torch.nn as nn

from ..errors import HarError

FAMILIES = ('2d', '3d', 'slowfast', 'pose')
PATHWAYS = ('slow', 'fast', 'both')

# Modules whose output is not a useful Grad-CAM target (element-wise or
# normalising layers); they are left out of the listing only.
_SKIPPED = (nn.modules.batchnorm._BatchNorm, nn.GroupNorm, nn.LayerNorm,
            nn.ReLU, nn.LeakyReLU, nn.Dropout, nn.Identity)


def is_slowfast(model):
    backbone = getattr(model, 'backbone', None)
    return hasattr(backbone, 'slow_path') and hasattr(backbone, 'fast_path')


def model_family(model):
    """The family of an MMAction2 recognizer: one of :data:`FAMILIES`.

    ``pose`` is a 3D recognizer whose backbone takes other than 3 input
    channels (PoseC3D on K keypoint heatmaps).
    """
    from mmaction.models import Recognizer2D, Recognizer3D
    if isinstance(model, Recognizer2D):
        return '2d'
    if not isinstance(model, Recognizer3D):
        raise HarError(f'Grad-CAM supports Recognizer2D and Recognizer3D '
                       f'models, got {type(model).__name__}')
    if is_slowfast(model):
        return 'slowfast'
    if getattr(model.backbone, 'in_channels', 3) != 3:
        return 'pose'
    return '3d'


def _last_block(module, prefix):
    """Dotted name of the last block of a ResNet-style module, or None."""
    res_layers = getattr(module, 'res_layers', None)
    if not res_layers:
        return None
    stage_name = res_layers[-1]
    stage = getattr(module, stage_name, None)
    if isinstance(stage, nn.Sequential) and len(stage):
        return f'{prefix}.{stage_name}.{len(stage) - 1}'
    return f'{prefix}.{stage_name}' if stage is not None else None


def default_target_layers(model, pathway='slow'):
    """Default target layers as ``{panel title: dotted module name}``.

    Args:
        model (nn.Module): An MMAction2 recognizer.
        pathway (str): For SlowFast: ``slow``, ``fast`` or ``both``; ignored
            by the other families.

    Raises:
        HarError: No default is known for this backbone, or a bad pathway.
    """
    if is_slowfast(model):
        if pathway not in PATHWAYS:
            raise HarError(f'--pathway must be one of {PATHWAYS}, got '
                           f'{pathway!r}')
        names = ('slow', 'fast') if pathway == 'both' else (pathway, )
        layers = {}
        for name in names:
            path = getattr(model.backbone, f'{name}_path')
            layer = _last_block(path, f'backbone.{name}_path')
            layers[f'{name} pathway'] = layer
        return layers
    layer = _last_block(model.backbone, 'backbone')
    if layer is None:
        raise HarError(
            f'no default Grad-CAM layer for backbone '
            f'{type(model.backbone).__name__}: name one with --target-layer '
            f'(valid names: --list-layers)')
    return {'last block': layer}


def pathway_of(name):
    """``slow``/``fast`` for a SlowFast layer name, else None."""
    for pathway in ('slow', 'fast'):
        if f'{pathway}_path' in name.split('.'):
            return pathway
    return None


def resolve_layers(model, names=None, pathway='slow'):
    """Target layers as ``{title: name}``, checked against the model.

    Args:
        model (nn.Module): The recognizer.
        names (list[str] | None): Dotted module names; None: the defaults
            (:func:`default_target_layers`).
        pathway (str): SlowFast pathway(s) for the defaults.

    Raises:
        HarError: A name is not a module of the model.
    """
    if not names:
        return default_target_layers(model, pathway)
    modules = dict(model.named_modules())
    layers = {}
    for name in names:
        if name not in modules or not name:
            raise HarError(f'--target-layer {name!r} is not a module of '
                           f'{type(model).__name__}; see --list-layers')
        path = pathway_of(name)
        layers[f'{path} pathway: {name}' if path else name] = name
    return layers


def list_layers(model):
    """Candidate target layers of the backbone (and neck), in model order.

    Returns:
        list[tuple[str, str, bool]]: ``(dotted name, class name, is a
        default)`` for every module under ``backbone``/``neck`` except
        normalisation, activation and dropout layers.
    """
    defaults = set(default_target_layers(model, 'both').values()) if \
        _has_default(model) else set()
    rows = []
    for name, module in model.named_modules():
        if not name.startswith(('backbone.', 'neck.')) or \
                isinstance(module, _SKIPPED):
            continue
        rows.append((name, type(module).__name__, name in defaults))
    return rows


def _has_default(model):
    try:
        default_target_layers(model, 'both')
    except HarError:
        return False
    return True


def format_layers(rows):
    """Text of :func:`list_layers` for ``--list-layers``."""
    width = max((len(r[0]) for r in rows), default=10)
    lines = [f'{"layer":<{width}}  type', '-' * (width + 20)]
    for name, kind, default in rows:
        lines.append(f'{name:<{width}}  {kind}' + ('  (default)'
                                                   if default else ''))
    return '\n'.join(lines)
