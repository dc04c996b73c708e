"""BranchSupervisedHead: the fused loss plus one loss per branch."""
import pytest
import torch

from .utils import build, samples


def _head(**kwargs):
    return build(dict(type='BranchSupervisedHead', num_branches=2,
                      num_classes=5, in_channels=8, dropout=0., **kwargs))


def test_losses_per_branch():
    head = _head(aux_weight=[1., 0.5])
    feats = tuple(torch.randn(4, 8) for _ in range(3))
    losses = head.loss(feats, samples(4, 5))
    assert set(losses) >= {'loss_cls', 'loss_branch0', 'loss_branch1'}
    expected = torch.nn.functional.cross_entropy(
        head.aux_cls[1](feats[2]), torch.arange(4) % 5)
    assert losses['loss_branch1'].item() == pytest.approx(
        0.5 * expected.item(), rel=1e-5)
    # every classifier gets a gradient
    sum(v for k, v in losses.items() if k.startswith('loss')).backward()
    assert all(fc.weight.grad is not None for fc in head.aux_cls)
    assert head.fc_cls.weight.grad is not None


def test_predicts_from_the_fused_features_only():
    head = _head()
    fused = torch.randn(6, 8)
    branches = (fused, torch.randn(6, 8), torch.randn(6, 8))
    assert torch.equal(head(branches), head(fused))
    preds = head.predict(branches, samples(3, 5))  # 2 clips per sample
    assert len(preds) == 3 and preds[0].pred_score.shape == (5, )
    # a single tensor: no branch losses
    assert set(head.loss(fused, samples(6, 5))) >= {'loss_cls'}
    assert 'loss_branch0' not in head.loss(fused, samples(6, 5))


def test_weights_must_match_branches():
    with pytest.raises(AssertionError):
        _head(aux_weight=[1.])
