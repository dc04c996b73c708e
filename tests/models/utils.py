"""Helpers for the model tests: build on the mmaction scope, one train step."""
import torch
from mmengine.optim import OptimWrapper
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
import mmaction_har.models  # noqa: F401
from mmaction.registry import MODELS
from mmaction.structures import ActionDataSample


def build(cfg):
    init_default_scope('mmaction')
    model = MODELS.build(cfg)
    model.init_weights()
    return model


def samples(num, num_classes):
    return [ActionDataSample().set_gt_label(i % num_classes)
            for i in range(num)]


def train_step(model, inputs, data_samples, lr=1e-3):
    """One ``model.train_step`` with Adam; returns the log vars and whether
    any trainable parameter changed."""
    model.train()
    before = [p.detach().clone() for p in model.parameters()
              if p.requires_grad]
    optim = OptimWrapper(torch.optim.Adam(
        [p for p in model.parameters() if p.requires_grad], lr=lr))
    log_vars = model.train_step(dict(inputs=inputs,
                                     data_samples=data_samples), optim)
    after = [p for p in model.parameters() if p.requires_grad]
    changed = any(not torch.equal(a, b) for a, b in zip(before, after))
    return log_vars, changed


def predict(model, inputs, data_samples):
    model.eval()
    with torch.no_grad():
        return model.test_step(dict(inputs=inputs, data_samples=data_samples))
