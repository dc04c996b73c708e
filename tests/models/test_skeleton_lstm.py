"""SkeletonLSTM backbone + MLPHead in RecognizerGCN."""
import pytest
import torch

from mmaction.registry import MODELS

from .utils import build, predict, samples, train_step


@pytest.mark.parametrize('num_joints,channels', [(24, 3), (18, 3), (14, 2),
                                                 (20, 3)])
@pytest.mark.parametrize('pool,bidirectional', [('last', False),
                                                ('last', True),
                                                ('mean', False)])
def test_backbone_shapes(num_joints, channels, pool, bidirectional):
    lstm = build(dict(type='SkeletonLSTM', in_channels=channels,
                      num_joints=num_joints, hidden_channels=16,
                      bidirectional=bidirectional, pool=pool))
    out = lstm(torch.randn(3, 2, 32, num_joints, channels))
    assert out.shape == (3, lstm.out_channels)
    assert lstm.out_channels == (32 if bidirectional else 16)


def test_many_to_one_uses_the_last_frame():
    lstm = build(dict(type='SkeletonLSTM', in_channels=2, num_joints=4,
                      hidden_channels=8, num_layers=1))
    x = torch.randn(1, 1, 10, 4, 2)
    y = x.clone()
    y[:, :, -1] += 1  # only the last frame differs
    assert not torch.allclose(lstm(x), lstm(y))


def test_two_persons_are_concatenated():
    lstm = build(dict(type='SkeletonLSTM', in_channels=3, num_joints=5,
                      num_person=2, hidden_channels=8))
    assert lstm.lstm.input_size == 2 * 5 * 3
    assert lstm(torch.randn(2, 1, 6, 5, 3)).shape == (2, 8)  # zero-padded


def test_data_bn_makes_training_blind_to_the_input_scale():
    """With ``data_bn`` a 40x smaller input (a motion stream) gives the same
    features in training; without it the LSTM sees another input."""
    torch.manual_seed(0)
    lstm = build(dict(type='SkeletonLSTM', in_channels=3, num_joints=5,
                      hidden_channels=8, pool='mean', data_bn=True))
    assert lstm.data_bn.num_features == 5 * 3
    lstm.train()
    x = torch.randn(4, 1, 12, 5, 3)
    torch.testing.assert_close(lstm(x / 40), lstm(x), atol=1e-3, rtol=0)
    plain = build(dict(type='SkeletonLSTM', in_channels=3, num_joints=5,
                       hidden_channels=8, pool='mean'))
    assert plain.data_bn is None
    assert (plain(x / 40) - plain(x)).abs().max() > 1e-2


def test_recognizer_train_step_and_predict():
    assert MODELS.get('SkeletonLSTM') is not None
    model = build(dict(
        type='RecognizerGCN',
        backbone=dict(type='SkeletonLSTM', in_channels=2, num_joints=14,
                      hidden_channels=16, num_layers=2, dropout=0.1),
        cls_head=dict(type='MLPHead', num_classes=5, in_channels=16,
                      hidden_channels=(8, ))))
    inputs = list(torch.randn(4, 1, 1, 32, 14, 2))
    log_vars, changed = train_step(model, inputs, samples(4, 5))
    assert changed and torch.isfinite(torch.tensor(log_vars['loss']))
    preds = predict(model, list(torch.randn(2, 3, 1, 32, 14, 2)),
                    samples(2, 5))  # 3 test windows per sample
    assert preds[0].pred_score.shape == (5, )
    assert torch.allclose(preds[0].pred_score.sum(), torch.tensor(1.))
