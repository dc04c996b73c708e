"""Labelled segments of one recording: ELAN annotations through the mapping.

A segment is a labelled time range on the video's clock: the annotation
times (ELAN times + ``TIME_ORIGIN``, :mod:`.eaf`) plus the recording's
offset (seconds; some BAST files have shifted timestamps).
What the mapping does not cover is counted, not dropped silently:
``not rated`` (``?``), ``unmapped`` values of tiers a label set reads.
"""
from collections import Counter
from dataclasses import dataclass, field

from .mapping import normalize, normalize_tier


@dataclass(frozen=True)
class Segment:
    """A labelled time range of a recording.

    Attributes:
        recording (str): Recording ID (file stem).
        label (int): Index into the label set's classes.
        start (float): Start on the video clock, seconds.
        end (float): End on the video clock, seconds (> start).
        source (str): ``tier/annotation id`` it came from (``+also`` for a
            label added by a double-annotation rule).
    """
    recording: str
    label: int
    start: float
    end: float
    source: str


@dataclass
class SegmentNotes:
    """What a label set left out of a recording, by reason."""
    not_rated: Counter = field(default_factory=Counter)
    unmapped: Counter = field(default_factory=Counter)


def label_segments(doc, recording, label_set, claimed, offset=0.0,
                   notes=None):
    """Segments of ``label_set`` in a parsed ``.eaf``.

    Args:
        doc (EafDocument): The recording's annotations.
        recording (str): Its ID.
        label_set (LabelSet): The label set.
        claimed (set[str]): Normalized tiers other label sets name (a set
            without its own ``tiers`` reads every other tier).
        offset (float): Seconds added to every annotation time.
        notes (SegmentNotes, optional): Filled with what was left out.

    Returns:
        list[Segment]: Sorted by (start, label, source).
    """
    notes = SegmentNotes() if notes is None else notes
    out = []
    for ann in doc.annotations:
        tier = normalize_tier(ann.tier)
        if not label_set.reads(tier, claimed):
            continue
        value = normalize(ann.value)
        if not value:
            continue
        label = label_set.label_of(tier, value)
        if label is None:
            counter = notes.not_rated if value in label_set.not_rated else \
                notes.unmapped
            counter[f'{ann.tier}: {ann.value}'] += 1
            continue
        out.append(Segment(recording, label, ann.start_ms / 1000 + offset,
                           ann.end_ms / 1000 + offset,
                           f'{ann.tier}/{ann.id}'))
    for src, add, recordings in label_set.also:
        if recording in recordings:
            out += [Segment(recording, add, s.start, s.end, s.source + '+also')
                    for s in out if s.label == src]
    return sorted(set(out), key=lambda s: (s.start, s.label, s.source))
