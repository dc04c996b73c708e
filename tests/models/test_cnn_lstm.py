"""LSTMHead and RecognizerCNNLSTM (end-to-end and frozen, cached CNN)."""
import numpy as np
import torch

from mmaction_har.models import RecognizerCNNLSTM

from .utils import build, predict, samples, train_step

TINY_CNN = dict(type='ResNet2dSmall', in_channels=3, base_channels=4,
                stage_blocks=(1, 1), strides=(2, 2), stem_stride=2)


def _model(**kwargs):
    return build(dict(
        type='RecognizerCNNLSTM',
        backbone=TINY_CNN,
        cls_head=dict(type='LSTMHead', num_classes=4, in_channels=8,
                      hidden_channels=16, mlp_channels=(8, )),
        data_preprocessor=dict(type='ActionDataPreprocessor',
                               mean=[127.5] * 3, std=[64.] * 3,
                               format_shape='NCHW'),
        **kwargs))


def _samples(num, num_segs, offset=0):
    out = samples(num, 4)
    for i, sample in enumerate(out):
        sample.set_metainfo(dict(filename=f'v{i + offset}.avi', flip=False,
                                 frame_inds=np.arange(num_segs) * 2))
    return out


def test_head_shapes():
    head = build(dict(type='LSTMHead', num_classes=4, in_channels=8,
                      num_layers=2, mlp_channels=(16, 8)))
    assert head(torch.randn(2 * 5, 8, 3, 3), num_segs=5).shape == (2, 4)
    head = build(dict(type='LSTMHead', num_classes=4, in_channels=8,
                      mlp_channels=(), input_norm=False, dropout=0.))
    assert head(torch.randn(3 * 7, 8), num_segs=7).shape == (3, 4)


def test_end_to_end_train_step_and_predict():
    model = _model()
    inputs = list(torch.rand(2, 6, 3, 32, 32) * 255)
    cnn_before = model.backbone.stem.conv.weight.detach().clone()
    log_vars, changed = train_step(model, inputs, _samples(2, 6))
    assert changed and torch.isfinite(torch.tensor(log_vars['loss']))
    assert not torch.equal(cnn_before, model.backbone.stem.conv.weight)
    preds = predict(model, inputs, _samples(2, 6))
    assert preds[0].pred_score.shape == (4, )


def test_frozen_backbone_is_cached_and_not_trained():
    model = _model(freeze_backbone=True, cache_features=True)
    assert isinstance(model, RecognizerCNNLSTM)
    assert not any(p.requires_grad for p in model.backbone.parameters())
    inputs = list(torch.rand(2, 6, 3, 32, 32) * 255)
    cnn_before = model.backbone.stem.conv.weight.detach().clone()
    log_vars, changed = train_step(model, inputs, _samples(2, 6))
    assert changed and not model.backbone.training
    assert torch.equal(cnn_before, model.backbone.stem.conv.weight)
    assert len(model._cache) == 12

    calls = []
    model.backbone.register_forward_hook(lambda *args: calls.append(1))
    train_step(model, inputs, _samples(2, 6))  # all frames cached
    assert calls == [] and len(model._cache) == 12
    preds = predict(model, inputs, _samples(2, 6, offset=2))  # new videos
    assert len(calls) == 1 and len(model._cache) == 24
    assert preds[1].pred_score.shape == (4, )


def test_cached_features_equal_fresh_ones():
    model = _model(freeze_backbone=True, cache_features=True)
    model.eval()
    inputs = torch.rand(1, 4, 3, 32, 32)
    with torch.no_grad():
        first, _ = model.extract_feat(inputs, data_samples=_samples(1, 4))
        again, _ = model.extract_feat(inputs * 0,
                                      data_samples=_samples(1, 4))
        fresh = model.backbone(inputs[0])
    assert torch.allclose(first, again) and torch.allclose(first, fresh)


def test_mmaction_resnet_backbone():
    model = build(dict(
        type='RecognizerCNNLSTM', freeze_backbone=True,
        backbone=dict(type='ResNet', depth=18, pretrained=None),
        cls_head=dict(type='LSTMHead', num_classes=4, in_channels=512,
                      hidden_channels=8, mlp_channels=(8, ))))
    inputs = list(torch.rand(2, 3, 3, 32, 32))
    log_vars, changed = train_step(model, inputs, samples(2, 4))
    assert changed and torch.isfinite(torch.tensor(log_vars['loss']))
