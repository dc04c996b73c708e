"""Read ELAN ``.eaf`` annotation files (the BAST recordings' annotations).

pympi-ling (:class:`pympi.Elan.Eaf`) reads the file; this module checks
what the importer relies on and times every annotation:

* ``ALIGNABLE_ANNOTATION``: its two time slots (``TIME_VALUE``, ms). A slot
  without ``TIME_VALUE`` is *unaligned* (ELAN interpolates it on screen,
  e.g. inside Time_Subdivision tiers): such annotations cannot be placed in
  time and are listed in :attr:`EafDocument.skipped` with the reason.
* ``REF_ANNOTATION`` (symbolic association or subdivision): the times of
  the annotation it refers to, following chains of references.
* ``TIME_ORIGIN`` of a ``MEDIA_DESCRIPTOR``: ELAN plays that media file at
  ``ELAN time + TIME_ORIGIN`` ms (the offset set in ELAN's media
  synchronisation mode). Returned times are on the clock of the recording's
  media file (:func:`parse_eaf`'s ``media``).

A reference to an unknown time slot or annotation, a segment whose end is
not after its start, malformed XML and anything pympi cannot read raise
:class:`HarError` naming the file, the element (annotation or time slot id)
and its line, and what was expected. pympi needs the
``xsi:noNamespaceSchemaLocation`` attribute that ELAN writes on the root.
"""
import os.path as osp
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field

from pympi.Elan import Eaf

from ...errors import HarError, MissingFileError


@dataclass(frozen=True)
class Annotation:
    """One timed annotation.

    Attributes:
        tier (str): ``TIER_ID`` of its tier.
        id (str): ``ANNOTATION_ID``.
        start_ms (int): Start, ms on the media file's clock (ELAN time +
            :attr:`EafDocument.time_origin_ms`).
        end_ms (int): End, ms on the same clock, > ``start_ms``.
        value (str): ``ANNOTATION_VALUE`` text, stripped.
    """
    tier: str
    id: str
    start_ms: int
    end_ms: int
    value: str


@dataclass
class EafDocument:
    """A parsed ``.eaf`` file.

    Attributes:
        path (str): The file.
        annotations (list[Annotation]): In tier order, then file order.
        tiers (list[str]): ``TIER_ID`` of every tier, in file order.
        skipped (list[str]): Annotations that could not be timed, and why.
        duplicates (list[str]): ``ANNOTATION_ID`` values used more than
            once (hand-edited files); kept (pympi keeps the last of a tier),
            unless a REF_ANNOTATION refers to one (ambiguous: an error).
        media (list[str]): ``MEDIA_URL`` of the header's media descriptors.
        time_origin_ms (int): ``TIME_ORIGIN`` of the media the times refer
            to (0 without one), already added to every annotation.
    """
    path: str
    annotations: list = field(default_factory=list)
    tiers: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    media: list = field(default_factory=list)
    time_origin_ms: int = 0


_ID_ATTR = re.compile(r'\b(ANNOTATION_ID|TIME_SLOT_ID)\s*=\s*["\']([^"\']*)')
_ALIGNABLE, _REF = 'ALIGNABLE_ANNOTATION', 'REF_ANNOTATION'


def parse_eaf(path, media=None):
    """Parse an ELAN file; see the module docstring.

    Args:
        path (str): The ``.eaf`` file.
        media (str, optional): The recording's media file: times are put on
            the clock of the media descriptor with the same file stem; by
            default (or without a match) of the first video descriptor,
            else of the first descriptor.

    Returns:
        EafDocument

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: Malformed XML, unknown slot/annotation reference, a
            segment with end <= start, an annotation without id.
    """
    if not osp.isfile(path):
        raise MissingFileError('ELAN file', path)
    root = _root_tag(path)
    if root != 'ANNOTATION_DOCUMENT':
        raise HarError(f'{path}: expected an ELAN file with root element '
                       f'ANNOTATION_DOCUMENT, got {root}')
    lines = _id_lines(path)
    try:
        eaf = Eaf(path, suppress_version_warning=True)
    except Exception as err:  # pympi raises bare KeyError, ValueError, ...
        parse_error = err if isinstance(err, ET.ParseError) else \
            err.__context__
        if isinstance(parse_error, ET.ParseError):
            raise HarError(f'{path}: malformed ELAN XML: {parse_error}') \
                from err
        raise HarError(_diagnose(path, err, lines)) from err
    return _read(path, eaf, lines, media)


def _root_tag(path):
    """The root element's tag, reading no further than its start."""
    try:
        for _, elem in ET.iterparse(path, events=('start', )):
            return elem.tag
    except (ET.ParseError, LookupError) as err:  # LookupError: encoding
        raise HarError(f'{path}: malformed ELAN XML: {err}') from None
    return None


def _id_lines(path):
    """``(attribute, id) -> [line, ...]`` of every annotation and time slot
    id, for messages and duplicates (pympi keeps neither)."""
    lines = defaultdict(list)
    with open(path, encoding='utf-8', errors='replace') as f:
        for number, text in enumerate(f, 1):
            for attr, value in _ID_ATTR.findall(text):
                lines[attr, value].append(number)
    return lines


def _where(path, lines, attr, value, what):
    found = lines.get((attr, value))
    return f'{path}: {what}' + (f' (line {found[0]})' if found else '')


def _diagnose(path, err, lines):
    """Name the element pympi could not read (it says only ``KeyError``)."""
    root = ET.parse(path).getroot()
    if not any(k.endswith('noNamespaceSchemaLocation') for k in root.attrib):
        return (f'{path}: ANNOTATION_DOCUMENT lacks the '
                'xsi:noNamespaceSchemaLocation attribute ELAN writes')
    for slot in root.iter('TIME_SLOT'):
        sid, value = slot.get('TIME_SLOT_ID'), slot.get('TIME_VALUE')
        if not sid or not re.search(r'\d', sid):
            return f'{path}: TIME_SLOT_ID {sid!r}: expected ELAN\'s ts<number>'
        if value is not None and not _is_int(value):
            return _where(path, lines, 'TIME_SLOT_ID', sid, f'TIME_SLOT '
                          f'{sid}: TIME_VALUE {value!r} is not a number of '
                          'ms')
    for tier in root.iter('TIER'):
        tier_id = tier.get('TIER_ID')
        if tier_id is None:
            return f'{path}: TIER without TIER_ID'
        for elem in tier.iter():
            problem = elem.tag in (_ALIGNABLE, _REF) and \
                _annotation_problem(elem)
            if problem:
                aid = elem.get('ANNOTATION_ID')
                return _where(path, lines, 'ANNOTATION_ID', aid,
                              f'{elem.tag} in tier {tier_id!r}: {problem}')
    return (f'{path}: pympi cannot read this ELAN file '
            f'({type(err).__name__}: {err})')


def _is_int(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


def _annotation_problem(elem):
    """What pympi needs and ``elem`` lacks, or None."""
    aid = elem.get('ANNOTATION_ID')
    if not aid or not re.search(r'\d', aid):
        return f'ANNOTATION_ID {aid!r}: expected ELAN\'s a<number>'
    needs = ('TIME_SLOT_REF1', 'TIME_SLOT_REF2') if elem.tag == _ALIGNABLE \
        else ('ANNOTATION_REF', )
    missing = [k for k in needs if elem.get(k) is None]
    if missing:
        return f'annotation {aid} has no {", ".join(missing)}'
    if elem.find('ANNOTATION_VALUE') is None:
        return f'annotation {aid} has no ANNOTATION_VALUE'
    return None


def _time_origin(path, descriptors, media):
    """``(MEDIA_URL, TIME_ORIGIN ms)`` of the descriptor times refer to."""
    def stem(url):
        return osp.splitext(re.split(r'[\\/]', url)[-1])[0].lower()

    chosen = None
    if media:
        chosen = next((d for d in descriptors
                       if stem(osp.basename(media)) in
                       (stem(d.get('MEDIA_URL', '')),
                        stem(d.get('RELATIVE_MEDIA_URL', '')))), None)
    videos = [d for d in descriptors
              if d.get('MIME_TYPE', '').startswith('video')]
    chosen = chosen or (videos + descriptors + [{}])[0]
    value = chosen.get('TIME_ORIGIN', '0')
    try:
        return int(value)
    except ValueError:
        raise HarError(f'{path}: MEDIA_DESCRIPTOR {chosen.get("MEDIA_URL")}:'
                       f' TIME_ORIGIN {value!r} is not a number of ms') \
            from None


def _read(path, eaf, lines, media):
    doc = EafDocument(path=path, tiers=list(eaf.tiers))
    doc.media = [d.get('MEDIA_URL', '') for d in eaf.media_descriptors]
    doc.time_origin_ms = _time_origin(path, eaf.media_descriptors, media)
    doc.duplicates = [aid for (attr, aid), found in lines.items()
                      if attr == 'ANNOTATION_ID' for _ in found[1:]]
    timed = {}   # annotation id -> (start, end) or None (unaligned)
    ref_of = {}  # annotation id -> the id it refers to
    pending = []  # (tier, id, value) in file order
    for tier_id, (aligned, refs, _, _) in eaf.tiers.items():
        for aid, (slot1, slot2, value, _) in aligned.items():
            start = _slot_time(path, lines, eaf, aid, 'TIME_SLOT_REF1', slot1)
            end = _slot_time(path, lines, eaf, aid, 'TIME_SLOT_REF2', slot2)
            if start is not None and end is not None and end <= start:
                raise HarError(_where(
                    path, lines, 'ANNOTATION_ID', aid, f'annotation {aid} in '
                    f'tier {tier_id!r}: end {end} ms <= start {start} ms'))
            timed[aid] = None if start is None or end is None else \
                (start, end)
            pending.append((tier_id, aid, value))
        for aid, (ref, value, _, _) in refs.items():
            if ref in doc.duplicates:
                raise HarError(_where(
                    path, lines, 'ANNOTATION_ID', aid, f'annotation {aid}: '
                    f'ANNOTATION_REF={ref!r} is ambiguous: several '
                    'annotations have that id'))
            ref_of[aid] = ref
            pending.append((tier_id, aid, value))
    origin = doc.time_origin_ms
    for tier_id, aid, value in pending:
        times = _resolve(path, lines, aid, timed, ref_of)
        value = value.strip()
        if times is None:
            doc.skipped.append(f'{osp.basename(path)}: annotation {aid} '
                               f'({tier_id}: {value!r}) is on an unaligned '
                               'time slot')
            continue
        doc.annotations.append(Annotation(tier_id, aid, times[0] + origin,
                                          times[1] + origin, value))
    return doc


def _slot_time(path, lines, eaf, aid, key, slot):
    if slot not in eaf.timeslots:
        raise HarError(_where(path, lines, 'ANNOTATION_ID', aid,
                              f'annotation {aid}: {key}={slot!r} names no '
                              'TIME_SLOT of the TIME_ORDER'))
    return eaf.timeslots[slot]


def _resolve(path, lines, aid, timed, ref_of):
    """Times of annotation ``aid``, following REF_ANNOTATION chains."""
    seen = []
    while aid not in timed:
        if aid in seen:
            raise HarError(f'{path}: REF_ANNOTATION cycle '
                           f'{" -> ".join(seen + [aid])}')
        seen.append(aid)
        ref = ref_of[aid]
        if ref not in timed and ref not in ref_of:
            raise HarError(_where(path, lines, 'ANNOTATION_ID', aid,
                                  f'annotation {aid}: ANNOTATION_REF={ref!r}'
                                  ' names no annotation of the file'))
        aid = ref
    return timed[aid]
