"""TIN's ``*_scratch.py`` start: torchvision's ImageNet ResNet-50 file, which
``ResNetTIN`` converts (``pretrained2d``) without torchvision installed."""
import os.path as osp
import re

import torch
from mmaction.registry import MODELS
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.config import load_config

from ..conftest import REPO

#: MMAction2 ResNet name -> torchvision ResNet name.
TORCHVISION_NAMES = (
    (r'^conv1\.conv\.', 'conv1.'), (r'^conv1\.bn\.', 'bn1.'),
    (r'downsample\.conv\.', 'downsample.0.'),
    (r'downsample\.bn\.', 'downsample.1.'),
    (r'\.conv(\d)\.conv\.', r'.conv\1.'), (r'\.conv(\d)\.bn\.', r'.bn\1.'))


def _torchvision_layout(state_dict):
    out = {}
    for name, value in state_dict.items():
        for pattern, repl in TORCHVISION_NAMES:
            name = re.sub(pattern, repl, name)
        out[name] = value
    return out


def test_scratch_backbone_loads_every_imagenet_weight(tmp_path):
    cfg = load_config(osp.join(REPO, 'configs', 'tin', 'kth_scratch.py'))
    backbone = cfg.model.backbone.to_dict()
    assert backbone['pretrained'].startswith('https://download.pytorch.org/')
    assert backbone['pretrained2d'] is True
    init_default_scope('mmaction')
    torch.manual_seed(0)
    imagenet = MODELS.build(dict(type='ResNet', depth=50, pretrained=None))
    reference = {k: v for k, v in imagenet.state_dict().items()
                 if not k.endswith('num_batches_tracked')}
    path = str(tmp_path / 'resnet50.pth')
    torch.save(_torchvision_layout(reference), path)

    backbone['pretrained'] = path
    model = MODELS.build(backbone)
    model.init_weights()
    # TIN wraps each block's first conv: layerX.Y.conv1.conv.net2 is the conv
    loaded = {k.replace('.net2.', '.'): v
              for k, v in model.state_dict().items()}
    differ = [k for k, v in reference.items() if not torch.equal(v, loaded[k])]
    assert not differ, differ[:5]
