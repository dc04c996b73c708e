"""ResidualGRUAttention, ResNet2dSmall and GRUAttentionNet."""
import torch

from .utils import build, predict, samples, train_step


def test_attention_shape_and_residual():
    att = build(dict(type='ResidualGRUAttention', in_channels=12,
                     hidden_channels=8))
    x = torch.randn(2, 7, 12)
    y = att(x)
    assert y.shape == x.shape and att.attention.shape == (2, 7, 12)
    assert att.attention.min() >= 0 and att.attention.max() <= 1
    with torch.no_grad():  # F_M = 0 makes the module the identity
        att.mapping.weight.zero_()
        att.mapping.bias.zero_()
    assert torch.allclose(att(x), x)


def test_small_resnet_keeps_small_inputs():
    cnn = build(dict(type='ResNet2dSmall', in_channels=3, base_channels=8))
    assert cnn.out_channels == 64
    assert cnn(torch.randn(2, 3, 20, 16)).shape == (2, 64)
    cnn = build(dict(type='ResNet2dSmall', in_channels=1, base_channels=4,
                     stage_blocks=(1, 1), strides=(1, 2), stem_stride=2))
    assert cnn(torch.randn(1, 1, 32, 32)).shape == (1, 8)


def test_net_reads_joints_by_time_image():
    net = build(dict(type='GRUAttentionNet', in_channels=3, num_joints=20,
                     num_person=2, gru_channels=8,
                     cnn=dict(base_channels=4, stage_blocks=(1, 1),
                              strides=(1, 2))))
    assert net.attention.gru.input_size == 2 * 20 * 3
    captured = {}

    def hook(module, args, output):
        captured['img'] = args[0].shape

    net.cnn.stem.register_forward_hook(hook)
    out = net(torch.randn(3, 2, 16, 20, 3))
    assert out.shape == (3, net.out_channels)
    assert captured['img'] == (3, 3, 40, 16)  # N, C, M*V joints, T


def test_ablation_without_attention():
    net = build(dict(type='GRUAttentionNet', use_attention=False,
                     cnn=dict(base_channels=4)))
    assert net.attention is None
    assert net(torch.randn(1, 1, 8, 20, 3)).shape == (1, 32)


def test_recognizer_train_step_and_predict():
    model = build(dict(
        type='RecognizerGCN',
        backbone=dict(type='GRUAttentionNet', gru_channels=8,
                      cnn=dict(base_channels=4)),
        cls_head=dict(type='MLPHead', num_classes=27, in_channels=32)))
    log_vars, changed = train_step(model, list(torch.randn(4, 1, 1, 16, 20,
                                                           3)),
                                   samples(4, 27))
    assert changed and torch.isfinite(torch.tensor(log_vars['loss']))
    preds = predict(model, list(torch.randn(2, 2, 1, 16, 20, 3)),
                    samples(2, 27))
    assert preds[1].pred_score.shape == (27, )
