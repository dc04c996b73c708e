"""Build a recognizer from a config and load its checkpoint for inference."""
import os.path as osp

import torch

from ..config import check_checkpoint, load_config
from ..errors import HarError
from .classes import class_names
from .pipeline import TestPipeline


def load_recognizer(config, checkpoint=None, device='cpu', cfg_options=None,
                    classes=None):
    """A recognizer in eval mode, with its test pipeline and class names.

    Uses MMAction2's ``init_recognizer``; checkpoints go through mmengine's
    loader, which ``import mmaction_har`` routes through the weights-only
    allowlist of :mod:`mmaction_har.compat.checkpoint`.

    Args:
        config (str | Config): Config file or object.
        checkpoint (str, optional): Checkpoint file; None keeps the random
            initialisation (tests, benchmarks).
        device (str): Torch device, e.g. ``'cpu'`` or ``'cuda:0'``.
        cfg_options (dict, optional): Overrides merged into the config.
        classes (str | list[str], optional): A class-list file or the names;
            by default they are looked up next to the config's test list.

    Returns:
        nn.Module: The model, with ``cfg``, ``pipeline``
        (:class:`TestPipeline`) and ``class_names`` attributes.
    """
    from mmaction.apis import init_recognizer
    from mmengine.config import Config

    import mmaction_har  # noqa: F401  (compat fixes, registration)

    if isinstance(config, Config):
        cfg = config
        if cfg_options:
            cfg.merge_from_dict(cfg_options)
    else:
        cfg = load_config(str(config), cfg_options)
    check_checkpoint(checkpoint)
    if device.startswith('cuda') and not torch.cuda.is_available():
        raise HarError(f'device {device} requested but CUDA is not available')
    try:
        model = init_recognizer(cfg, checkpoint, device=device)
    except (KeyError, RuntimeError) as err:
        where = osp.basename(checkpoint) if checkpoint else 'config'
        raise HarError(f'cannot build the model of {where}: {err}') from err
    model.pipeline = TestPipeline(cfg)
    model.class_names = class_names(cfg, classes,
                                    num_classes=_num_classes(cfg))
    return model


def _num_classes(cfg):
    head = cfg.model.get('cls_head') or {}
    return head.get('num_classes')
