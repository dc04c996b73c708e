"""Read ELAN ``.eaf`` annotation files (the BAST recordings' annotations).

Only what an importer needs: time slots, tiers and their annotations.

* ``TIME_ORDER/TIME_SLOT(TIME_SLOT_ID, TIME_VALUE)``: times in ms; a slot
  without ``TIME_VALUE`` is *unaligned* (ELAN interpolates it on screen).
* ``TIER(TIER_ID)/ANNOTATION/ALIGNABLE_ANNOTATION(ANNOTATION_ID,
  TIME_SLOT_REF1, TIME_SLOT_REF2)/ANNOTATION_VALUE``.
* ``REF_ANNOTATION(ANNOTATION_ID, ANNOTATION_REF)`` on dependent tiers
  (symbolic association): it takes the times of the annotation it refers
  to, following chains of references.

Malformed XML, a reference to an unknown time slot or annotation and a
segment whose end is not after its start raise :class:`HarError` naming the
file and the element (annotation id, time slot id, line). Annotations on
unaligned slots cannot be placed in time: they are returned in
:attr:`EafDocument.skipped` with the reason, not raised.
"""
import os.path as osp
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ...errors import HarError, MissingFileError


@dataclass(frozen=True)
class Annotation:
    """One timed annotation.

    Attributes:
        tier (str): ``TIER_ID`` of its tier.
        id (str): ``ANNOTATION_ID``.
        start_ms (int): Start, ms (ELAN time, before any offset).
        end_ms (int): End, ms, > ``start_ms``.
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
        annotations (list[Annotation]): In tier order, then time order.
        tiers (list[str]): ``TIER_ID`` of every tier, in file order.
        skipped (list[str]): Annotations that could not be timed, and why.
        duplicates (list[str]): ``ANNOTATION_ID`` values used more than
            once (hand-edited files); kept, unless a REF_ANNOTATION refers
            to one (ambiguous: an error).
        media (list[str]): ``MEDIA_URL`` of the header's media descriptors.
    """
    path: str
    annotations: list = field(default_factory=list)
    tiers: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    media: list = field(default_factory=list)


#: Line of each parsed element, by ``id(element)`` (ElementTree keeps none;
#: :func:`_parse_xml` records them while the document is alive).
_LINES = {}


def _where(path, elem, what):
    line = _LINES.get(id(elem))
    return f'{path}: {what}' + (f' (line {line})' if line else '')


def _parse_xml(path):
    """Parse, recording each element's line in :data:`_LINES`."""
    parser = ET.XMLPullParser(events=('start',))
    root = None
    try:
        with open(path, 'rb') as f:
            for lineno, raw in enumerate(f, 1):
                parser.feed(raw)
                for _, elem in parser.read_events():
                    _LINES[id(elem)] = lineno
                    if root is None:
                        root = elem
        parser.close()
    except ET.ParseError as err:
        raise HarError(f'{path}: malformed ELAN XML: {err}') from err
    except LookupError as err:  # an encoding Python does not know
        raise HarError(f'{path}: malformed ELAN XML: {err}') from None
    if root is None or root.tag != 'ANNOTATION_DOCUMENT':
        tag = None if root is None else root.tag
        raise HarError(f'{path}: expected an ELAN file with root element '
                       f'ANNOTATION_DOCUMENT, got {tag}')
    return root


def _time_slots(path, root):
    slots = {}
    for slot in root.iter('TIME_SLOT'):
        sid = slot.get('TIME_SLOT_ID')
        if not sid:
            raise HarError(_where(path, slot, 'TIME_SLOT without '
                                  'TIME_SLOT_ID'))
        value = slot.get('TIME_VALUE')
        if value is None:
            slots[sid] = None
            continue
        try:
            slots[sid] = int(round(float(value)))
        except (ValueError, OverflowError):  # 'abc', 'nan', 'inf'
            raise HarError(_where(path, slot, f'TIME_SLOT {sid}: TIME_VALUE '
                                  f'{value!r} is not a number of ms'))
    return slots


def _slot_time(path, elem, aid, slots, key):
    ref = elem.get(key)
    if ref not in slots:
        raise HarError(_where(path, elem, f'annotation {aid}: {key}={ref!r} '
                              'names no TIME_SLOT of the TIME_ORDER'))
    return slots[ref]


def parse_eaf(path):
    """Parse an ELAN file; see the module docstring.

    Returns:
        EafDocument

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: Malformed XML, unknown slot/annotation reference, a
            segment with end <= start, an annotation without id.
    """
    if not osp.isfile(path):
        raise MissingFileError('ELAN file', path)
    _LINES.clear()
    try:
        return _read(path, _parse_xml(path))
    finally:
        _LINES.clear()


def _read(path, root):
    doc = EafDocument(path=path)
    doc.media = [m.get('MEDIA_URL', '') for m in root.iter('MEDIA_DESCRIPTOR')]
    slots = _time_slots(path, root)
    timed = {}   # annotation id -> (start, end) or None (unaligned)
    refs = []    # (tier, id, ref, value, elem)
    pending = []  # (tier, id, value) in file order
    seen_refs = set()
    for tier in root.iter('TIER'):
        tier_id = tier.get('TIER_ID')
        if not tier_id:
            raise HarError(_where(path, tier, 'TIER without TIER_ID'))
        doc.tiers.append(tier_id)
        for ann in tier.iter('ANNOTATION'):
            for elem in ann:
                aid = elem.get('ANNOTATION_ID')
                if elem.tag not in ('ALIGNABLE_ANNOTATION', 'REF_ANNOTATION'):
                    continue
                if not aid:
                    raise HarError(_where(path, elem, f'{elem.tag} in tier '
                                          f'{tier_id!r} without '
                                          'ANNOTATION_ID'))
                value = (elem.findtext('ANNOTATION_VALUE') or '').strip()
                if aid in timed or aid in seen_refs:
                    doc.duplicates.append(aid)
                if elem.tag == 'REF_ANNOTATION':
                    seen_refs.add(aid)
                    refs.append((tier_id, aid, elem.get('ANNOTATION_REF'),
                                 value, elem))
                    pending.append((tier_id, aid, value))
                    continue
                start = _slot_time(path, elem, aid, slots, 'TIME_SLOT_REF1')
                end = _slot_time(path, elem, aid, slots, 'TIME_SLOT_REF2')
                if start is not None and end is not None and end <= start:
                    raise HarError(_where(
                        path, elem, f'annotation {aid} in tier {tier_id!r}: '
                        f'end {end} ms <= start {start} ms'))
                timed[aid] = None if start is None or end is None else \
                    (start, end)
                pending.append((tier_id, aid, value))
    ref_of = {aid: (ref, elem) for _, aid, ref, _, elem in refs}
    for _, aid, ref, _, elem in refs:
        if ref in doc.duplicates:
            raise HarError(_where(path, elem, f'annotation {aid}: '
                                  f'ANNOTATION_REF={ref!r} is ambiguous: '
                                  'several annotations have that id'))
    for tier_id, aid, value in pending:
        times = _resolve(path, aid, timed, ref_of)
        if times is None:
            doc.skipped.append(f'{osp.basename(path)}: annotation {aid} '
                               f'({tier_id}: {value!r}) is on an unaligned '
                               'time slot')
            continue
        doc.annotations.append(Annotation(tier_id, aid, times[0], times[1],
                                          value))
    return doc


def _resolve(path, aid, timed, ref_of):
    """Times of annotation ``aid``, following REF_ANNOTATION chains."""
    seen = []
    while aid not in timed:
        if aid in seen:
            raise HarError(f'{path}: REF_ANNOTATION cycle '
                           f'{" -> ".join(seen + [aid])}')
        seen.append(aid)
        ref, elem = ref_of[aid]
        if ref not in timed and ref not in ref_of:
            raise HarError(_where(path, elem, f'annotation {aid}: '
                                  f'ANNOTATION_REF={ref!r} names no '
                                  'annotation of the file'))
        aid = ref
    return timed[aid]
