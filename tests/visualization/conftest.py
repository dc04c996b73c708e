"""Fixtures of the visualization tests: tiny models, a real clip."""
import os.path as osp

import pytest
import torch

from .utils import write_checkpoint, write_config


@pytest.fixture(scope='session')
def clip(shared_data):
    """A real 340x256 clip (Kinetics style)."""
    return osp.join(shared_data, 'videos', 'arm_wrestling.mp4')


@pytest.fixture(scope='session')
def tiny_models(tmp_path_factory):
    """``family -> (config path, checkpoint path, CamModel)``, lazily."""
    from mmaction_har.visualization.cam import CamModel
    folder = tmp_path_factory.mktemp('tiny_models')
    cache = {}

    def get(family, pathway='both'):
        if family not in cache:
            torch.manual_seed(0)
            config = write_config(folder, family)
            model = CamModel.load(config, None, pathway=pathway)
            ckpt = write_checkpoint(folder, model, f'{family}.pth')
            cache[family] = (config, ckpt, model)
        return cache[family]
    return get
