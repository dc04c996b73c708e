"""Spec options reach tools/train.py exactly as written in the spec."""
import pytest

from mmaction_har.cli.train import build_parser
from mmaction_har.errors import HarError
from mmaction_har.experiments.cfg_options import (describe, flatten,
                                                  normalize, to_argv)


def test_flatten_nested_and_dotted():
    assert flatten({'model': {'cls_head': {'num_classes': 5}},
                    'train_cfg.max_epochs': 2}, 'x') == {
                        'model.cls_head.num_classes': 5,
                        'train_cfg.max_epochs': 2}
    assert flatten(None, 'x') == {}


def test_values_round_trip_through_train_py_parser():
    options = normalize({
        'a.int': 3, 'a.float': 0.0125, 'a.small': 1e-05, 'a.bool': False,
        'a.none': None, 'a.str': 'data/child/child_5cls_24kp.pkl',
        'a.list': [1, 2, 3], 'a.nested': [[0.5, 1.0], ['x', True]],
        'a.empty': []}, 'spec')
    argv = ['c.py'] + to_argv(options)
    parsed = build_parser().parse_args(argv).cfg_options
    assert parsed == options
    assert type(parsed['a.bool']) is bool
    assert type(parsed['a.float']) is float
    assert describe({'a': [1, 2], 'b': 0.5}) == 'a=[1,2] b=0.5'
    assert to_argv({}) == []


@pytest.mark.parametrize('value', ['1', 'true', 'None', 'a,b', 'a b', '[x]'])
def test_strings_the_command_line_would_change_are_rejected(value):
    with pytest.raises(HarError, match='does not survive the command line'):
        normalize({'k': value}, 'runs[0].cfg_options')


def test_non_scalar_values_are_rejected():
    with pytest.raises(HarError, match=r'k = \{.*set list items by index'):
        normalize({'k': [{'type': 'X'}]}, 'cfg_options')
