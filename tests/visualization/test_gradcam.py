"""Grad-CAM of every family on a real clip (tiny random models)."""
import numpy as np
import pytest
import torch

from mmaction_har.errors import HarError
from mmaction_har.visualization.gradcam import class_scores, grad_cam
from mmaction_har.visualization.inputs import sample_info
from mmaction_har.visualization.layers import model_family
from mmaction_har.visualization.sample import model_inputs

# family -> (model family, frames T, {title: (layer, feature t)})
EXPECTED = {
    'i3d': ('3d', 8, {'last block': ('backbone.layer4.0', 1)}),
    'slowonly': ('3d', 8, {'last block': ('backbone.layer4.0', 8)}),
    'r2plus1d': ('3d', 8, {'last block': ('backbone.layer4.0', 1)}),
    'csn': ('3d', 8, {'last block': ('backbone.layer4.0', 1)}),
    'tsn': ('2d', 3, {'last block': ('backbone.layer4.1', 3)}),
    # temporal interlace (mmcv.ops.tin_shift) in every block
    'tin': ('2d', 3, {'last block': ('backbone.layer4.1', 3)}),
    'slowfast': ('slowfast', 16, {
        'slow pathway': ('backbone.slow_path.layer4.0', 4),
        'fast pathway': ('backbone.fast_path.layer4.0', 16)}),
}


@pytest.mark.parametrize('family', sorted(EXPECTED))
def test_family_cam(family, tiny_models, clip):
    _, _, cam_model = tiny_models(family)
    kind, frames, layers = EXPECTED[family]
    assert model_family(cam_model.model) == kind
    info, _, _ = sample_info(cam_model.cfg, clip)
    sample, result = cam_model.explain(info)
    # 8 (TSN: 3 segments) frames of 56x56 after short side 64 + centre crop.
    assert sample.frames.shape == (frames, 56, 56, 3)
    assert result.layers == {t: name for t, (name, _) in layers.items()}
    for title, (_, t) in layers.items():
        cam = result.maps[title]
        assert cam.shape == (1, frames, 56, 56)
        assert np.isfinite(cam).all() and cam.min() >= 0 and cam.max() > 0
        assert result.feature_shapes[title] == (t, 2, 2)
    assert result.target == result.pred == int(np.argmax(result.logits))


def test_scores_match_mmaction_prediction(tiny_models, clip):
    """The explained logits are MMAction2's own test-time class scores."""
    _, _, cam_model = tiny_models('slowonly')
    model = cam_model.model
    info, _, _ = sample_info(cam_model.cfg, clip)
    sample, result = cam_model.explain(info, label=2)
    assert result.target == 2
    head = model.cls_head
    old, head.average_clips = head.average_clips, 'score'
    try:
        data = dict(inputs=[sample.packed['inputs']],
                    data_samples=[sample.packed['data_samples']])
        with torch.no_grad():
            pred = model.test_step(data)[0].pred_score.numpy()
    finally:
        head.average_clips = old
    np.testing.assert_allclose(result.logits, pred, rtol=1e-4, atol=1e-5)


def test_cam_is_gradient_weighted_activation(tiny_models, clip):
    """The map equals ReLU(sum_c mean_hw(dy/dA) * A) computed by hand."""
    _, _, cam_model = tiny_models('slowonly')
    model = cam_model.model
    info, _, _ = sample_info(cam_model.cfg, clip)
    from mmaction_har.visualization.sample import prepare_sample
    sample = prepare_sample(cam_model.cfg, info)
    inputs = model_inputs(model, sample)
    layer = dict(model.named_modules())['backbone.layer4.0']
    kept = {}
    handle = layer.register_forward_hook(
        lambda m, a, out: kept.update(act=out) or out.retain_grad())
    try:
        scores = class_scores(model, inputs)
        scores[0, 1].backward()
    finally:
        handle.remove()
        model.zero_grad(set_to_none=True)
    act, grad = kept['act'], kept['act'].grad
    manual = torch.relu((grad.mean((3, 4), keepdim=True) * act).sum(1))
    result = grad_cam(model, inputs, {'x': 'backbone.layer4.0'}, target=1)
    small = torch.nn.functional.interpolate(
        torch.from_numpy(result.maps['x'])[None], size=manual.shape[1:],
        mode='area')[0]
    # Upsampling then area-averaging back keeps the map's structure.
    assert torch.corrcoef(torch.stack([small.flatten(), manual.detach()
                                       .flatten()]))[0, 1] > 0.95


def test_label_out_of_range(tiny_models, clip):
    _, _, cam_model = tiny_models('slowonly')
    info, _, _ = sample_info(cam_model.cfg, clip)
    with pytest.raises(HarError, match='--label 7 is out of range'):
        cam_model.explain(info, label=7)


def test_non_feature_map_layer_is_refused(tiny_models, clip):
    _, _, cam_model = tiny_models('slowonly')
    info, _, _ = sample_info(cam_model.cfg, clip)
    from mmaction_har.visualization.sample import prepare_sample
    sample = prepare_sample(cam_model.cfg, info)
    with pytest.raises(HarError, match='needs a feature map'):
        grad_cam(cam_model.model, model_inputs(cam_model.model, sample),
                 {'fc': 'cls_head.fc_cls'})
