"""Import KTH: sequences file + videos -> subsequence lists per split.

One sample per subsequence of ``00sequences.txt`` (see
:mod:`mmaction_har.importers.kth.sequences`), written as
``path start end label`` lines for
:class:`mmaction_har.datasets.kth.KTHSubsequenceDataset`. Videos are found
anywhere under the video root (flat, or in per-action folders) by their
official names ``personNN_action_dD_uncomp.avi`` (other video extensions
and names without ``_uncomp`` are accepted too).

Outputs in ``out_dir``: ``kth_{train,val,test,trainval}_videos.txt``
(``trainval`` = train + val), ``kth_classes.txt`` and ``kth_summary.md``.
"""
import os
import os.path as osp
import re
from dataclasses import dataclass, field

from ...errors import HarError, MissingFileError
from ...utils.progress import progress_bar
from ..outputs import (Summary, assert_disjoint, check_splits, counts_table,
                       staged, subsample_per_class, unstage, write_lines)
from ..validate import probe_video, validate_list
from .sequences import ACTIONS, overlapping, parse_sequences

#: The subject split of Schuldt et al. (ICPR 2004), as in the file header.
PERSON_SPLITS = {
    'train': (11, 12, 13, 14, 15, 16, 17, 18),
    'val': (19, 20, 21, 23, 24, 25, 1, 4),
    'test': (22, 2, 3, 5, 6, 7, 8, 9, 10),
}
SPLITS = ('train', 'val', 'test', 'trainval')
VIDEO_RE = re.compile(
    r'^(person\d{2}_[a-z]+_d\d)(?:_uncomp)?\.(avi|mp4|mkv|mpg|mov|webm)$',
    re.I)
#: Media problems after which a video is left out.
_FATAL = ('missing', 'zero-length', 'unreadable', 'truncated')


@dataclass
class KTHImport:
    """What :func:`prepare_kth` found and wrote.

    Attributes:
        samples (dict[str, list[dict]]): Per split, dicts with ``name``,
            ``person``, ``path`` (relative to the video root), ``start``,
            ``end`` (1-based inclusive) and ``label``.
        listed_missing (list[str]): ``*missing*`` in the sequences file.
        absent (list[str]): In the sequences file, not on disk.
        bad_media (list[str]): On disk but unreadable/empty/truncated.
        notes (dict[str, list[str]]): Other findings (clipped or dropped
            ranges, overlapping ranges, extra or duplicate videos).
        problems (list): Validation problems in the written lists.
        outputs (list[str]): Files written.
    """
    classes: list
    samples: dict = field(default_factory=dict)
    listed_missing: list = field(default_factory=list)
    absent: list = field(default_factory=list)
    bad_media: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    outputs: list = field(default_factory=list)


def find_videos(video_root, notes):
    """Map recording names to video paths relative to ``video_root``.

    Where one recording has several files (``.avi`` and a re-encoded
    ``.mp4``), ``.avi`` wins, then the shortest path; the others are noted.
    """
    found = {}
    for folder, dirs, files in os.walk(video_root):
        dirs.sort()
        for name in sorted(files):
            match = VIDEO_RE.match(name)
            if match:
                rel = osp.relpath(osp.join(folder, name), video_root)
                found.setdefault(match.group(1).lower(), []).append(rel)
    chosen = {}
    for rec, paths in sorted(found.items()):
        paths.sort(key=lambda p: (not p.lower().endswith('.avi'), len(p), p))
        chosen[rec] = paths[0]
        for other in paths[1:]:
            notes.setdefault('duplicate videos (ignored)', []).append(
                f'{other} (using {paths[0]})')
    return chosen


def _check_classes(classes):
    classes = list(ACTIONS if classes is None else classes)
    unknown = [c for c in classes if c not in ACTIONS]
    if unknown or not classes or len(set(classes)) != len(classes):
        raise HarError(f'classes {classes}: expected distinct names from '
                       f'{", ".join(ACTIONS)}')
    return classes


def parse_person_splits(items):
    """``['train=11-18', 'val=19,20', 'test=1-10']`` -> split -> persons.

    For labs with their own recordings in the KTH layout. Every one of train,
    val and test must be given; a person may appear in one split only.
    """
    splits = {}
    for item in items:
        name, sep, spec = item.partition('=')
        if not sep or name not in PERSON_SPLITS or name in splits:
            raise HarError(f'person split {item!r}: expected one each of '
                           'train=..., val=..., test=... (e.g. train=11-18)')
        persons = []
        for part in spec.split(','):
            lo, dash, hi = part.strip().partition('-')
            try:
                lo = int(lo)
                hi = int(hi) if dash else lo
            except ValueError:
                raise HarError(f'person split {item!r}: {part!r} is not a '
                               'person number or a range a-b') from None
            if hi < lo:
                raise HarError(f'person split {item!r}: empty range {part!r}')
            persons += range(lo, hi + 1)
        splits[name] = tuple(persons)
    if set(splits) != set(PERSON_SPLITS):
        missing = sorted(set(PERSON_SPLITS) - set(splits))
        raise HarError(f'person split: missing {", ".join(missing)}')
    seen = {}
    for name, persons in splits.items():
        for person in persons:
            if person in seen:
                raise HarError(f'person split: person {person} is in both '
                               f'{seen[person]} and {name}')
            seen[person] = name
    return splits


def _split_of(person, person_splits=None):
    for split, persons in (person_splits or PERSON_SPLITS).items():
        if person in persons:
            return split
    return None


def _usable_ranges(rec, num_frames, notes):
    """The recording's ranges, cut to ``num_frames`` where it is known."""
    ranges = []
    for start, end in rec.ranges:
        if num_frames is not None and start > num_frames:
            notes.setdefault('ranges dropped (start past the video)',
                             []).append(f'{rec.name} {start}-{end} '
                                        f'({num_frames} frames)')
            continue
        if num_frames is not None and end > num_frames:
            notes.setdefault('ranges cut at the last frame', []).append(
                f'{rec.name} {start}-{end} -> {start}-{num_frames}')
            end = num_frames
        ranges.append((start, end))
    return ranges


def collect(sequences, video_root, classes=None, media='decode',
            keep_absent=False, progress=True, person_splits=None):
    """Parse, match videos, probe them; return a :class:`KTHImport`.

    Samples are grouped by split (``trainval`` not yet added); persons go to
    splits by ``person_splits`` (default :data:`PERSON_SPLITS`).
    """
    if not osp.isdir(video_root):
        raise MissingFileError('KTH video folder', video_root)
    result = KTHImport(classes=_check_classes(classes))
    recordings = parse_sequences(sequences)
    videos = find_videos(video_root, result.notes)
    listed = {rec.name for rec in recordings}
    extra = sorted(v for k, v in videos.items() if k not in listed)
    if extra:
        result.notes['videos not in the sequences file (ignored)'] = extra
    samples = {s: [] for s in PERSON_SPLITS}
    wanted = [r for r in recordings if r.action in result.classes]
    for rec in progress_bar(wanted, desc='KTH videos', disable=not progress):
        if rec.missing:
            result.listed_missing.append(rec.name)
            continue
        split = _split_of(rec.person, person_splits)
        if split is None:
            result.notes.setdefault('persons outside the split (ignored)',
                                    []).append(rec.name)
            continue
        if rec.name not in videos and not keep_absent:
            result.absent.append(rec.name)
            continue
        path = videos.get(rec.name, f'{rec.action}/{rec.name}_uncomp.avi')
        num_frames = None
        if rec.name in videos:
            num_frames, problem = probe_video(osp.join(video_root, path),
                                              media)
            if problem and problem[0] in _FATAL:
                result.bad_media.append(f'{path}: {problem[1]}')
                continue
        else:
            result.absent.append(rec.name)
        if overlapping(rec.ranges) or rec.ranges != sorted(rec.ranges):
            result.notes.setdefault('overlapping or out-of-order ranges '
                                    '(kept as listed)', []).append(
                f'{rec.name} (line {rec.line})')
        label = result.classes.index(rec.action)
        for start, end in _usable_ranges(rec, num_frames, result.notes):
            samples[split].append(dict(name=rec.name, person=rec.person,
                                       path=path, start=start, end=end,
                                       label=label, frames=num_frames))
    result.samples = samples
    return result


def prepare_kth(sequences, video_root, out_dir, classes=None, per_class=None,
                seed=0, media='decode', keep_absent=False, progress=True,
                person_splits=None, allow_empty_splits=False):
    """Write the KTH subsequence lists, class list and summary.

    Args:
        sequences (str): ``00sequences.txt``.
        video_root (str): Folder with the videos (searched recursively);
            the lists' paths are relative to it (the ``data_prefix``).
        out_dir (str): Where to write the outputs.
        classes (list[str], optional): A subset of the six actions, in
            label order; default all six in :data:`ACTIONS` order.
        per_class (int, optional): Keep at most this many subsequences per
            class in each of train, val and test (seeded).
        seed (int): Seed of the subsampling.
        media (str): How hard to check the videos
            (:data:`mmaction_har.importers.validate.MEDIA_LEVELS`).
        keep_absent (bool): Keep subsequences of videos not on disk (their
            ranges cannot be checked against the video length).
        person_splits (dict, optional): Split name -> person numbers,
            replacing the standard split (see :func:`parse_person_splits`).
        allow_empty_splits (bool): Write the lists even if train, val or
            test is empty (e.g. a few recordings of one person).

    Returns:
        KTHImport

    Raises:
        HarError: No usable subsequence, or an empty split; nothing
            written.
    """
    result = collect(sequences, video_root, classes, media, keep_absent,
                     progress, person_splits)
    for split in PERSON_SPLITS:
        result.samples[split] = subsample_per_class(
            result.samples[split], per_class, seed)
    check_splits({s: len(result.samples[s]) for s in PERSON_SPLITS},
                 f'{sequences} with the videos in {video_root}',
                 result.bad_media + [f'{name}: not on disk'
                                     for name in result.absent],
                 allow_empty_splits)
    result.samples['trainval'] = (result.samples['train'] +
                                  result.samples['val'])
    assert_disjoint({s: {x['person'] for x in result.samples[s]}
                     for s in PERSON_SPLITS}, 'person')

    frame_counts = {}
    with staged(out_dir) as stage:
        for split in SPLITS:
            name = f'kth_{split}_videos.txt'
            write_lines(osp.join(stage, name), [
                f'{x["path"]} {x["start"]} {x["end"]} {x["label"]}'
                for x in result.samples[split]])
            for x in result.samples[split]:
                frame_counts[osp.join(video_root, x['path'])] = (
                    x['frames'], None)
            report = validate_list(osp.join(stage, name), 'video_range',
                                   video_root, result.classes, media=media,
                                   frame_counts=frame_counts)
            result.problems += unstage(report.problems, stage, out_dir,
                                       allow_empty_splits)
            result.outputs.append(osp.join(out_dir, name))
        write_lines(osp.join(stage, 'kth_classes.txt'), result.classes)
        _summary(result, sequences, video_root, per_class, seed,
                 person_splits).write(
            osp.join(stage, 'kth_summary.md'))
    result.outputs += [osp.join(out_dir, 'kth_classes.txt'),
                       osp.join(out_dir, 'kth_summary.md')]
    return result


def _summary(result, sequences, video_root, per_class, seed,
             person_splits=None):
    summary = Summary('KTH subsequences')
    split_kind = ('custom (--persons)' if person_splits
                  else 'standard (Schuldt et al. 2004)')
    summary.add('Source', f'- sequences: `{sequences}`\n'
                f'- videos: `{video_root}`\n'
                f'- classes: {", ".join(result.classes)}\n'
                f'- per-class cap: {per_class} (seed {seed})\n'
                f'- person split: {split_kind}')
    summary.add('Subsequences per class and split', counts_table(
        result.classes, {s: [x['label'] for x in result.samples[s]]
                         for s in SPLITS}))
    persons = '\n'.join(
        f'- {s}: ' + (', '.join(f'{p:02d}' for p in sorted(
            {x['person'] for x in result.samples[s]})) or 'none')
        for s in PERSON_SPLITS)
    summary.add('Persons per split (disjoint)', persons)
    summary.add_list('Marked *missing* in the sequences file',
                     result.listed_missing)
    summary.add_list('Listed but not on disk', result.absent)
    summary.add_list('Unusable videos (left out)', result.bad_media)
    summary.add_notes(result.notes, result.problems)
    return summary
