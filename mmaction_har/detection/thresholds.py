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
from .timeline import threshold_vector


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


def timeline_settings(class_names, threshold=0.0, thresholds_file=None,
                      class_thresholds=(), ignore=(), mode='top1',
                      max_gap=0.0, min_duration=0.0):
    """Keyword arguments of :func:`~.timeline.build_timeline`.

    Args:
        class_names (list[str]): The model's classes.
        threshold (float): Minimum score of a label where no per-class
            threshold is given.
        thresholds_file (str, optional): JSON read by
            :func:`load_thresholds`; its ``ignore`` adds to ``ignore``.
        class_thresholds (list[str]): ``NAME=VALUE`` items; they override
            the file.
        ignore (list[str]): Classes never put on the timeline.
        mode, max_gap, min_duration: Passed on unchanged.
    """
    per_class, ignore = {}, list(ignore)
    if thresholds_file:
        per_class, file_ignore = load_thresholds(thresholds_file)
        ignore += file_ignore
    per_class.update(parse_class_thresholds(class_thresholds))
    for name in ignore:
        if name not in class_names:
            raise HarError(f'--ignore names unknown class {name!r}; the '
                           f'model has {class_names}')
    return dict(thresholds=threshold_vector(class_names, threshold,
                                            per_class),
                mode=mode,
                ignore=sorted({class_names.index(n) for n in ignore}),
                max_gap=max_gap, min_duration=min_duration)
