"""Class groups: metrics at a coarser level (e.g. BAST labels -> movement).

A groups file maps every class of the model to a group, one class per line::

    # class,group        (comments and blank lines are ignored)
    arm_swing_left,arm_swing
    arm_swing_right,arm_swing
    3,jump               # a class may be named by its index

Lines are CSV (quote names that hold a comma); a tab also separates. A
``.json`` file holds the same as an object ``{"class": "group"}``. Every
class must be mapped, and every name must be a class of the model: a typo
would otherwise silently form a group of its own.

A sample's score for a group is the best score among the group's classes,
so the top-1 group is the group of the top-1 class, and the group ranking is
the order in which groups first appear in the class ranking.
"""
import csv
import json
import os.path as osp
from typing import List, Sequence, Tuple

import numpy as np

from ...errors import HarError, MissingFileError


def _rows(path: str):
    """``(line number, class, group)`` of a CSV/TSV or JSON groups file."""
    if path.endswith('.json'):
        with open(path) as f:
            try:
                mapping = json.load(f)
            except json.JSONDecodeError as err:
                raise HarError(f'{path}: not valid JSON: {err}') from err
        if not isinstance(mapping, dict):
            raise HarError(f'{path}: expected an object {{"class": "group"}}')
        return [(0, str(k), str(v)) for k, v in mapping.items()]
    rows = []
    with open(path, newline='') as f:
        for lineno, line in enumerate(f, 1):
            text = line.split('#', 1)[0].strip()
            if not text:
                continue
            delimiter = '\t' if '\t' in text else ','
            reader = csv.reader([text], delimiter=delimiter)
            fields = [x.strip() for x in next(reader)]
            if len(fields) != 2 or not all(fields):
                raise HarError(f'{path}, line {lineno}: expected "class,group"'
                               f', got {line.strip()!r}')
            rows.append((lineno, fields[0], fields[1]))
    return rows


def read_groups(path: str,
                class_names: Sequence[str]) -> Tuple[List[str], np.ndarray]:
    """Read a groups file for the model's classes.

    Returns:
        tuple: group names (in order of first appearance in the file) and
        ``(K, )`` int64, the group index of each class.

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: A line is malformed, names an unknown class, maps a class
            twice, or a class is left unmapped.
    """
    if not osp.isfile(path):
        raise MissingFileError('groups file', path)
    index = {name: i for i, name in enumerate(class_names)}
    group_names: List[str] = []
    class_group = np.full(len(class_names), -1, np.int64)
    for lineno, cls, group in _rows(path):
        where = f'{path}, line {lineno}' if lineno else path
        c = index.get(cls)
        if c is None and cls.isdigit() and int(cls) < len(class_names):
            c = int(cls)
        if c is None:
            raise HarError(f'{where}: {cls!r} is not a class of the model '
                           f'({len(class_names)} classes)')
        if class_group[c] >= 0:
            raise HarError(f'{where}: class {class_names[c]!r} is mapped '
                           'twice')
        if group not in group_names:
            group_names.append(group)
        class_group[c] = group_names.index(group)
    missing = [class_names[c] for c in np.flatnonzero(class_group < 0)]
    if missing:
        shown = ', '.join(missing[:5]) + (' ...' if len(missing) > 5 else '')
        raise HarError(f'{path}: {len(missing)} classes have no group: '
                       f'{shown}')
    return group_names, class_group


def group_ranks(ranks: np.ndarray, class_group: np.ndarray,
                num_groups: int) -> np.ndarray:
    """Groups ranked per sample from the classes' ranking, ``(N, G)``.

    Args:
        ranks (np.ndarray): ``(N, K)`` class indices, best first.
        class_group (np.ndarray): ``(K, )`` group index of each class.
        num_groups (int): ``G``.
    """
    grouped = class_group[ranks]
    out = np.empty((len(ranks), num_groups), np.int64)
    for i, row in enumerate(grouped):
        _, first = np.unique(row, return_index=True)
        out[i] = row[np.sort(first)]
    return out
