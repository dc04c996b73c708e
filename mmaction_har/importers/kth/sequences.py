"""Parse KTH's ``00sequences.txt``: the subsequences of each recording.

The file has a free-text header (contacts, the subject split), then one line
per recording::

    person01_boxing_d1<ws>frames<ws>1-95, 96-185, 186-245, 246-360
    person13_handclapping_d3<ws>*missing*

Ranges are 1-based and inclusive. Tolerated quirks of the real file: CRLF
line ends, any mix of spaces and tabs, ``*missing*`` instead of ranges,
3 or 4 ranges (any number >= 1 is accepted), ranges that overlap or are out
of order (each range is one sample, kept in file order), blank lines.
"""
import os.path as osp
import re
from dataclasses import dataclass, field

from ...errors import HarError, MissingFileError

ACTIONS = ('walking', 'jogging', 'running', 'boxing', 'handwaving',
           'handclapping')
#: ``personNN_action_dD``: the recording's name in the sequences file.
NAME_RE = re.compile(r'^person(\d{2})_([a-z]+)_d(\d)$')
_RANGE_RE = re.compile(r'^(\d+)\s*-\s*(\d+)$')


@dataclass
class Recording:
    """One line of the sequences file.

    Attributes:
        name (str): ``personNN_action_dD``.
        person (int), action (str), scenario (int): Parsed from ``name``.
        ranges (list[tuple[int, int]]): 1-based inclusive frame ranges;
            empty when the file says ``*missing*``.
        line (int): 1-based line number in the file.
    """
    name: str
    person: int
    action: str
    scenario: int
    line: int
    ranges: list = field(default_factory=list)
    missing: bool = False


def parse_name(name, where):
    """``personNN_action_dD`` -> ``(person, action, scenario)``."""
    match = NAME_RE.match(name)
    if not match or match.group(2) not in ACTIONS:
        raise HarError(f'{where}: expected a recording name '
                       f'personNN_{{{",".join(ACTIONS)}}}_dD, got {name!r}')
    return int(match.group(1)), match.group(2), int(match.group(3))


def _parse_ranges(text, where):
    ranges = []
    for item in re.split(r'\s*,\s*', text.strip().rstrip(',')):
        match = _RANGE_RE.match(item)
        if not match:
            raise HarError(f'{where}: expected frame ranges "a-b, c-d, ..." '
                           f'(1-based, inclusive), got {item!r}')
        start, end = int(match.group(1)), int(match.group(2))
        if not 1 <= start <= end:
            raise HarError(f'{where}: frame range {item!r} needs '
                           '1 <= start <= end')
        ranges.append((start, end))
    return ranges


def parse_sequences(path):
    """Read a sequences file.

    Args:
        path (str): Path to ``00sequences.txt``.

    Returns:
        list[Recording]: In file order, one per recording line (including
        ``*missing*`` ones, flagged ``missing``).

    Raises:
        MissingFileError: The file does not exist.
        HarError: A recording line cannot be parsed (names the file, the
            line and what was expected), or a recording is listed twice.
    """
    if not osp.isfile(path):
        raise MissingFileError('KTH sequences file', path,
                               'it ships with KTH as 00sequences.txt')
    with open(path, 'rb') as f:
        text = f.read().decode('latin-1')
    recordings, first_line = [], {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line.startswith('person') or not re.match(r'person\d', line):
            continue  # blank lines and the free-text header
        where = f'{path}:{lineno}'
        parts = line.split(None, 1)
        name = parts[0]
        person, action, scenario = parse_name(name, where)
        if name in first_line:
            raise HarError(f'{where}: {name} is listed again (first on line '
                           f'{first_line[name]})')
        first_line[name] = lineno
        rest = parts[1].strip() if len(parts) > 1 else ''
        rec = Recording(name, person, action, scenario, lineno)
        if rest.lower() == '*missing*':
            rec.missing = True
        else:
            rest = re.sub(r'^frames\b', '', rest, flags=re.I).strip()
            if not rest:
                raise HarError(f'{where}: expected "frames a-b, c-d, ..." or '
                               f'"*missing*" after {name}')
            rec.ranges = _parse_ranges(rest, where)
        recordings.append(rec)
    if not recordings:
        raise HarError(f'{path}: no recording lines (personNN_action_dD ...) '
                       'found; is this a KTH sequences file?')
    return recordings


def overlapping(ranges):
    """Indices (i, j) of ranges of one recording that overlap."""
    return [(i, j) for i in range(len(ranges))
            for j in range(i + 1, len(ranges))
            if ranges[i][0] <= ranges[j][1] and ranges[j][0] <= ranges[i][1]]
