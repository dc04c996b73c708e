"""SkeletonDepthFusion in MMRecognizer3D: skeleton + depth motion maps."""
import pytest
import torch

from mmaction_har.models.backbones.skeleton_depth_fusion import fuse

from .utils import build, predict, samples, train_step


def _fusion(mode):
    return dict(
        type='SkeletonDepthFusion',
        skeleton=dict(type='GRUAttentionNet', gru_channels=8,
                      cnn=dict(base_channels=4, stage_blocks=(1, 1),
                               strides=(1, 2))),
        depth=dict(type='ResNet2dSmall', in_channels=3, base_channels=4,
                   stage_blocks=(1, 1), strides=(2, 2), stem_stride=2),
        fusion_channels=16, fusion=mode)


class _Constant(torch.nn.Module):
    """A skeleton branch whose features are all ones ``(N, 16)``."""

    def forward(self, x):
        return torch.ones(len(x), 16)


def test_fuse_methods():
    a, b = torch.tensor([1., -2.]), torch.tensor([3., 4.])
    assert fuse((a, b), 'avg').tolist() == [2., 1.]
    assert fuse((a, b), 'mul').tolist() == [3., -8.]
    assert fuse((a, b), 'max').tolist() == [3., 4.]
    with pytest.raises(ValueError):
        fuse((a, b), 'sum')


@pytest.mark.parametrize('mode', ['avg', 'mul', 'max'])
def test_backbone_shapes(mode):
    net = build(_fusion(mode))
    net.eval()
    out = net(keypoint=torch.randn(6, 1, 16, 20, 3),
              dmm=torch.rand(2, 3, 32, 32))  # 3 skeleton clips per sample
    assert out.shape == (6, 16)
    # the depth feature is shared by the clips of one sample
    net.skeleton_proj = torch.nn.Identity()
    net.skeleton = _Constant()
    out = net(keypoint=torch.randn(6, 1, 16, 20, 3),
              dmm=torch.rand(2, 3, 32, 32))
    assert torch.allclose(out[0], out[2]) and torch.allclose(out[3], out[5])


@pytest.mark.parametrize('branch', ['skeleton', 'depth'])
def test_single_branch(branch):
    cfg = _fusion('avg')
    cfg[branch] = None
    net = build(cfg)
    assert getattr(net, branch) is None
    out = net(keypoint=torch.randn(4, 1, 16, 20, 3),
              dmm=torch.rand(2, 3, 32, 32))
    assert out.shape == (4, 16)
    with pytest.raises(AssertionError):
        build(dict(cfg, skeleton=None, depth=None))


def test_recognizer_train_step_and_predict():
    model = build(dict(
        type='MMRecognizer3D',
        data_preprocessor=dict(
            type='MultiModalDataPreprocessor',
            preprocessors=dict(keypoint=dict(type='ActionDataPreprocessor'),
                               dmm=dict(type='ActionDataPreprocessor'))),
        backbone=_fusion('avg'),
        cls_head=dict(type='MLPHead', num_classes=27, in_channels=16)))
    inputs = dict(keypoint=list(torch.randn(4, 1, 1, 16, 20, 3)),
                  dmm=list(torch.rand(4, 1, 3, 32, 32)))
    depth_before = model.backbone.depth.stem.conv.weight.detach().clone()
    log_vars, changed = train_step(model, inputs, samples(4, 27))
    assert changed and torch.isfinite(torch.tensor(log_vars['loss']))
    # the depth branch learns too
    assert not torch.equal(depth_before, model.backbone.depth.stem.conv.weight)
    inputs = dict(keypoint=list(torch.randn(2, 2, 1, 16, 20, 3)),
                  dmm=list(torch.rand(2, 1, 3, 32, 32)))
    preds = predict(model, inputs, samples(2, 27))
    assert preds[0].pred_score.shape == (27, )


def test_return_branches():
    net = build(dict(_fusion('avg'), return_branches=True)).eval()
    fused, skeleton, depth = net(keypoint=torch.randn(4, 1, 16, 20, 3),
                                 dmm=torch.rand(2, 3, 32, 32))
    assert fused.shape == skeleton.shape == depth.shape == (4, 16)
    assert torch.allclose(fused, (skeleton + depth) / 2)
