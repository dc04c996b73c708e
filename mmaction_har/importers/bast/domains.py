"""Domain test sets (bast-avatar, kinesphere) from time-range files.

These recordings have no labels of the model's label sets: they carry their
own ground truth (avatar: the improvised element, kinesphere: the space
used), and the evaluation compares it with the model's most frequent
predictions. File format (CSV; ``,``, ``;`` or tab separated; ``#`` lines
are comments; an optional header ``recording,start,end,label``)::

    # classes: water, fire, air, earth     <- optional, sets label order
    rec03,  61.0,  95.5, water
    rec03,  1:40, 2:15.2, fire             <- [h:]m:s times work too

Times are seconds on the video clock (no offset is applied: the ranges are
read off the video, not the ELAN file). Without a ``# classes:`` line the
default order of :data:`DOMAIN_CLASSES` is used for the two known domains,
otherwise the order of first appearance.
"""
import os.path as osp
import re
from dataclasses import dataclass

from ...errors import HarError, MissingFileError
from .mapping import normalize

DOMAIN_CLASSES = {
    'avatar': ('water', 'fire', 'air', 'earth'),
    'kinesphere': ('narrow', 'middle', 'wide'),
}


@dataclass(frozen=True)
class DomainRange:
    recording: str
    start: float
    end: float
    label: int
    line: int


def parse_time(text):
    """Seconds from ``12.5``, ``1:40`` or ``0:01:40.5``; ValueError else."""
    parts = text.strip().split(':')
    if not 1 <= len(parts) <= 3 or any(p.strip() == '' for p in parts):
        raise ValueError(text)
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return seconds


def read_ranges(path, domain):
    """Read a time-range file; return ``(classes, [DomainRange])``.

    Raises:
        MissingFileError: No such file.
        HarError: A line that is not ``recording,start,end,label`` with
            start < end, or an unknown label (file and line named).
    """
    if not osp.isfile(path):
        raise MissingFileError(f'{domain} time-range file', path)
    classes = list(DOMAIN_CLASSES.get(domain, ()))
    fixed = bool(classes)
    ranges = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    for lineno, line in enumerate(lines, 1):
        text = line.strip()
        match = re.match(r'#\s*classes\s*:(.*)$', text, re.I)
        if match:
            classes = [c.strip() for c in match.group(1).split(',')
                       if c.strip()]
            fixed = True
            continue
        if not text or text.startswith('#'):
            continue
        parts = [p.strip() for p in re.split(r'[,;\t]', text)]
        if lineno == 1 and parts[0].lower() == 'recording':
            continue
        where = f'{path}:{lineno}'
        try:
            rec, start, end, name = parts
            start, end = parse_time(start), parse_time(end)
        except ValueError:
            raise HarError(f'{where}: expected "recording,start,end,label" '
                           f'(seconds or [h:]m:s), got {text!r}')
        if end <= start:
            raise HarError(f'{where}: end {end} s <= start {start} s')
        norm = {normalize(c): i for i, c in enumerate(classes)}
        if normalize(name) not in norm:
            if fixed:
                raise HarError(f'{where}: label {name!r} is not one of '
                               f'{", ".join(classes)}')
            classes.append(name)
            norm[normalize(name)] = len(classes) - 1
        ranges.append(DomainRange(rec, start, end, norm[normalize(name)],
                                  lineno))
    return classes, ranges
