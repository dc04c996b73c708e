"""The data-driven BAST label mapping: ELAN tier + value -> class.

The mapping is a YAML file (the default, reproducing the thesis' label
sets, is ``configs/_base_/datasets/bast_labels.yaml``)::

    base:                      # label set name -> its definition
      tiers: null              # tier IDs to read; null: every tier that
                               # no other label set names
      classes:                 # label order = order of the keys
        walk: [Gehen]          # class: annotation values
        stamp: [Stampfen, Stanpfen]
      whole: [fall]            # classes kept as one clip per segment
      also:                    # double annotation
        - {from: swing-upper-body, add: tiptoe, recordings: [rec07]}
    eval:
      not_rated: ['?']
      classes:
        walk-curved: {tier: WAL-floorpattern, values: [curved]}
      whole: [fall-free]
    offsets:                   # recording -> seconds added to ELAN times
      rec12: -2.5

Values and tier IDs are compared after :func:`normalize` (case, spaces,
umlaut spellings, spaces around ``/`` and ``-``), so ``Zusammenziehen /
Ausdehnen`` matches ``zusammenziehen/ausdehnen``; in tier IDs a space
equals ``-`` (:func:`normalize_tier`). A class may list several
values (German spelling variants, typos) and, in tier-bound sets, one tier
or several (``tier: [WAL-floorpattern, WAL floor pattern]``).
"""
import os.path as osp
import re
import unicodedata
from dataclasses import dataclass, field

from ...errors import HarError, MissingFileError

_UMLAUTS = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss'})


def normalize(text):
    """Canonical form of a value or tier ID for matching.

    NFC, case-folded, umlauts spelled out (``ä`` -> ``ae``), underscores as
    spaces, runs of white space as one space, none around ``/`` and ``-``.
    """
    text = unicodedata.normalize('NFC', str(text)).casefold()
    text = text.translate(_UMLAUTS).replace('_', ' ')
    text = re.sub(r'\s+', ' ', text).strip()
    return re.sub(r'\s*([/-])\s*', r'\1', text)


def normalize_tier(tier_id):
    """:func:`normalize` for tier IDs, where ``-`` and a space are the same
    (``WAL floorpattern`` = ``WAL-floorpattern``)."""
    return normalize(tier_id).replace(' ', '-')


@dataclass
class LabelSet:
    """One label set (``base`` or ``eval``) of the mapping.

    Attributes:
        name (str): Its key in the mapping file.
        classes (list[str]): Class names, label order.
        lookup (dict): ``(normalized tier or None, normalized value)`` ->
            label; tier None matches any of :attr:`tiers`.
        tiers (set[str] | None): Normalized tier IDs read; None: every tier
            not claimed by another label set.
        whole (set[int]): Labels kept whole (one clip per segment).
        also (list[tuple]): ``(from_label, add_label, recordings)``.
        not_rated (set[str]): Normalized values meaning "not rated".
    """
    name: str
    classes: list
    lookup: dict = field(default_factory=dict)
    tiers: set = None
    whole: set = field(default_factory=set)
    also: list = field(default_factory=list)
    not_rated: set = field(default_factory=set)

    def reads(self, tier, claimed):
        """Whether this set reads annotations of (normalized) ``tier``."""
        if self.tiers is None:
            return tier not in claimed
        return tier in self.tiers

    def label_of(self, tier, value):
        """Label of a (normalized) tier + value, or None."""
        label = self.lookup.get((tier, value))
        return self.lookup.get((None, value)) if label is None else label


@dataclass
class LabelMapping:
    """The whole mapping file.

    Attributes:
        sets (dict[str, LabelSet]): By name, file order.
        offsets (dict[str, float]): Recording ID -> seconds added to every
            ELAN time of that recording.
        path (str): The file it came from.
    """
    sets: dict
    offsets: dict
    path: str

    def claimed_tiers(self, name):
        """Normalized tiers named by label sets other than ``name``."""
        return set().union(*[s.tiers or set() for n, s in self.sets.items()
                             if n != name])


def _as_list(value, where):
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(
            isinstance(v, (str, int, float)) for v in value):
        raise HarError(f'{where}: expected a string or a list of strings, '
                       f'got {value!r}')
    return [str(v) for v in value]


def _label_set(path, name, spec):
    where = f'{path}: {name}'
    if not isinstance(spec, dict) or \
            not isinstance(spec.get('classes'), dict):
        raise HarError(f'{where}: expected a mapping with "classes: {{class: '
                       'values}}"')
    unknown = set(spec) - {'tiers', 'classes', 'whole', 'also', 'not_rated'}
    if unknown:
        raise HarError(f'{where}: unknown keys {sorted(unknown)}')
    tiers = spec.get('tiers')
    if tiers is not None:
        tiers = {normalize_tier(t) for t in _as_list(tiers, f'{where}.tiers')}
    ls = LabelSet(name, [str(c) for c in spec['classes']], tiers=tiers,
                  not_rated={normalize(v) for v in _as_list(
                      spec.get('not_rated', ['?']), f'{where}.not_rated')})
    bound = set()
    for label, (cls, entry) in enumerate(spec['classes'].items()):
        cwhere = f'{where}.classes.{cls}'
        if isinstance(entry, dict):
            if set(entry) - {'tier', 'values'} or 'values' not in entry:
                raise HarError(f'{cwhere}: expected {{tier: ..., values: '
                               f'[...]}} or a list of values, got {entry!r}')
            cls_tiers = [normalize_tier(t) for t in _as_list(
                entry.get('tier'), f'{cwhere}.tier')] if entry.get('tier') \
                else [None]
            values = _as_list(entry['values'], f'{cwhere}.values')
        else:
            cls_tiers, values = [None], _as_list(entry, cwhere)
        bound.update(t for t in cls_tiers if t is not None)
        for tier in cls_tiers:
            for value in values:
                key = (tier, normalize(value))
                if ls.lookup.get(key, label) != label:
                    raise HarError(f'{cwhere}: value {value!r} already maps '
                                   f'to {ls.classes[ls.lookup[key]]!r}')
                ls.lookup[key] = label
    if ls.tiers is None and bound:
        ls.tiers = bound
    elif ls.tiers is not None and bound - ls.tiers:
        raise HarError(f'{where}: classes name tiers '
                       f'{sorted(bound - ls.tiers)} that "tiers" does not '
                       'list')
    ls.whole = {_class_index(ls, c, f'{where}.whole')
                for c in _as_list(spec.get('whole', []), f'{where}.whole')}
    for i, rule in enumerate(spec.get('also') or []):
        rwhere = f'{where}.also[{i}]'
        if not isinstance(rule, dict) or set(rule) != {'from', 'add',
                                                       'recordings'}:
            raise HarError(f'{rwhere}: expected {{from: class, add: class, '
                           f'recordings: [...]}}, got {rule!r}')
        ls.also.append((_class_index(ls, rule['from'], rwhere),
                        _class_index(ls, rule['add'], rwhere),
                        set(_as_list(rule['recordings'] or [], rwhere))))
    return ls


def _class_index(ls, name, where):
    if name not in ls.classes:
        raise HarError(f'{where}: unknown class {name!r}; classes of '
                       f'{ls.name}: {", ".join(ls.classes)}')
    return ls.classes.index(name)


def _offsets(path, spec, where='offsets'):
    if spec is None:
        return {}
    if not isinstance(spec, dict):
        raise HarError(f'{path}: {where}: expected {{recording: seconds}}, '
                       f'got {spec!r}')
    out = {}
    for rec, value in spec.items():
        try:
            out[str(rec)] = float(value)
        except (TypeError, ValueError):
            raise HarError(f'{path}: {where}.{rec}: expected seconds, got '
                           f'{value!r}')
    return out


def load_mapping(path):
    """Read a mapping file (see the module docstring).

    Raises:
        MissingFileError: No such file.
        HarError: Not YAML, or a key/class/value that does not fit.
    """
    import yaml
    if not osp.isfile(path):
        raise MissingFileError('BAST label mapping', path)
    try:
        with open(path, encoding='utf-8') as f:
            spec = yaml.safe_load(f)
    except yaml.YAMLError as err:
        raise HarError(f'{path}: not valid YAML: {err}') from err
    if not isinstance(spec, dict):
        raise HarError(f'{path}: expected a mapping of label sets and '
                       '"offsets"')
    sets = {str(name): _label_set(path, str(name), body)
            for name, body in spec.items() if name != 'offsets'}
    if not sets:
        raise HarError(f'{path}: no label set defined')
    return LabelMapping(sets, _offsets(path, spec.get('offsets')), path)


def read_offsets(path):
    """Per-recording offsets from a ``recording,seconds`` CSV file.

    Lines starting with ``#``, a ``recording,...`` header and blank lines
    are skipped; separators may be
    commas, semicolons, tabs or spaces.
    """
    if not osp.isfile(path):
        raise MissingFileError('offsets file', path)
    out = {}
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            parts = [p for p in re.split(r'[,;\s]+', line.strip()) if p]
            if not parts or parts[0].startswith('#') or \
                    parts[0].lower() == 'recording':  # comment or header
                continue
            try:
                rec, seconds = parts[0], float(parts[1])
                if len(parts) != 2:
                    raise ValueError
            except (IndexError, ValueError):
                raise HarError(f'{path}:{lineno}: expected "recording,'
                               f'seconds", got {line.strip()!r}')
            if rec in out:
                raise HarError(f'{path}:{lineno}: second offset for {rec}')
            out[rec] = seconds
    return out
