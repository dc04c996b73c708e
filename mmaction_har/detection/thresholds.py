"""Per-class score thresholds from files and command-line options.

A thresholds file is JSON, either a mapping ``{"class name": threshold}``
(optionally under a ``"thresholds"`` key) or what
``tools/analysis/select_threshold.py`` writes: ``{"class": name,
"threshold": t, "ignore": ["rest"], ...}``, whose ``ignore`` names classes
never put on the timeline (a binary detector's "rest" class).
"""
import json
import os.path as osp

from ..errors import HarError, MissingFileError


def load_thresholds(path):
    """``({class name: threshold}, [ignored class names])`` from a file."""
    if not osp.isfile(path):
        raise MissingFileError('thresholds file', path)
    try:
        with open(path) as f:
            data = json.load(f)
    except json.JSONDecodeError as err:
        raise HarError(f'{path} is not valid JSON: {err}') from err
    ignore = []
    if isinstance(data, dict) and 'class' in data and 'threshold' in data:
        ignore = list(data.get('ignore', []))
        data = {data['class']: data['threshold']}
    elif isinstance(data, dict) and 'thresholds' in data:
        data = data['thresholds']
    if not isinstance(data, dict):
        raise HarError(f'{path}: expected a JSON object of class: threshold')
    out = {}
    for name, value in data.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise HarError(f'{path}: threshold of {name!r} is {value!r}; '
                           'expected a number')
        out[str(name)] = float(value)
    return out, ignore


def parse_class_thresholds(items):
    """``{class: threshold}`` from ``['name=0.7', ...]`` options."""
    out = {}
    for item in items or ():
        name, sep, value = item.rpartition('=')
        try:
            out[name] = float(value)
        except ValueError:
            sep = ''
        if not sep or not name:
            raise HarError(f'bad class threshold {item!r}: expected '
                           'NAME=VALUE, e.g. boxing=0.6')
    return out
