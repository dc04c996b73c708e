"""Target layers: defaults per family, SlowFast pathway names, listing."""
import pytest

from mmaction_har.errors import HarError
from mmaction_har.visualization.layers import (default_target_layers,
                                               format_layers, list_layers,
                                               resolve_layers)


def test_slowfast_pathways(tiny_models):
    model = tiny_models('slowfast')[2].model
    assert default_target_layers(model, 'slow') == {
        'slow pathway': 'backbone.slow_path.layer4.0'}
    assert default_target_layers(model, 'fast') == {
        'fast pathway': 'backbone.fast_path.layer4.0'}
    assert list(default_target_layers(model, 'both')) == [
        'slow pathway', 'fast pathway']
    # Explicit names are titled with the pathway they belong to.
    assert resolve_layers(model, ['backbone.fast_path.layer3']) == {
        'fast pathway: backbone.fast_path.layer3':
        'backbone.fast_path.layer3'}
    with pytest.raises(HarError, match='--pathway'):
        default_target_layers(model, 'middle')


def test_list_layers_marks_defaults(tiny_models):
    model = tiny_models('slowfast')[2].model
    rows = list_layers(model)
    names = [r[0] for r in rows]
    assert {r[0] for r in rows if r[2]} == {'backbone.slow_path.layer4.0',
                                            'backbone.fast_path.layer4.0'}
    assert 'backbone.slow_path.conv1.conv' in names
    assert not any(name.endswith(('.bn', '.activate')) for name in names)
    text = format_layers(rows)
    assert 'backbone.fast_path.layer4.0' in text and '(default)' in text


def test_unknown_layer(tiny_models):
    model = tiny_models('slowonly')[2].model
    with pytest.raises(HarError, match="'backbone.layer9' is not a module"):
        resolve_layers(model, ['backbone.layer9'])
    assert resolve_layers(model, ['backbone.layer3']) == {
        'backbone.layer3': 'backbone.layer3'}
