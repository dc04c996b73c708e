"""Import BAST: recordings + ELAN files -> clips and VideoDataset lists.

Steps: find the raw material (:mod:`.layout`), parse every ``.eaf``
(:mod:`.eaf`), label its annotations through the mapping (:mod:`.mapping`,
:mod:`.segments`), cut the segments into windows (:mod:`.windows`), split
the recordings (:mod:`.split`), add the domain test sets
(:mod:`.domains`), cut the clips (:mod:`.cutting`), then write, validate and
publish the lists (:mod:`.outputs`).

Outputs under ``out_dir``: ``clips/REC/REC_FFFFFF-LLLLLL.mp4`` (the list
paths are relative to ``clips/``), per label set ``{set}/{train,val,test}.txt``
and ``{set}/classes.txt``, per domain ``{set}/test_{domain}.txt`` and
``{set}/classes_{domain}.txt``, and ``bast_summary.md``.
"""
import os.path as osp
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ...errors import HarError, MissingFileError
from ...utils.progress import progress_bar
from ...utils.video import check_codec
from ..outputs import check_splits
from ..validate import probe_video
from .cutting import ClipCache, clip_path, cut_clips, source_key
from .domains import read_ranges
from .eaf import parse_eaf
from .layout import find_raw
from .mapping import load_mapping, read_offsets
from .segments import Segment, SegmentNotes, label_segments
from .split import SPLITS, split_recordings
from .windows import WindowSpec, clip_windows, segment_frames

REPO = osp.dirname(osp.dirname(osp.dirname(osp.dirname(osp.abspath(
    __file__)))))
DEFAULT_MAPPING = osp.join(REPO, 'configs', '_base_', 'datasets',
                           'bast_labels.yaml')
DOMAINS = ('avatar', 'kinesphere')


@dataclass
class Clip:
    """One sample: frames ``first``..``stop - 1`` of a recording."""
    recording: str
    first: int
    stop: int
    label: int
    path: str = ''


@dataclass
class BastImport:
    """What :func:`prepare_bast` found and wrote.

    Attributes:
        classes (dict[str, list[str]]): Label set / domain -> class names.
        clips (dict[str, dict[str, list[Clip]]]): Label set -> split ->
            clips.
        domain_clips (dict[str, list[Clip]]): Domain -> clips.
        splits (dict[str, list[str]]): Split -> recordings.
        media (dict[str, tuple]): Recording -> (frames, fps).
        videos (dict[str, str]): Recording -> video path.
        notes (dict[str, list[str]]): What was left out or changed, and why.
        counters (dict[str, SegmentNotes]): Label set -> values not rated
            or not mapped.
        problems (list): Validation problems of the written lists.
        num_cut, num_reused (int): Clips cut in this run / found cut.
    """
    raw_dir: str
    out_dir: str
    classes: dict = field(default_factory=dict)
    clips: dict = field(default_factory=dict)
    domain_clips: dict = field(default_factory=dict)
    splits: dict = field(default_factory=dict)
    media: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)
    counters: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    outputs: list = field(default_factory=list)
    params: dict = field(default_factory=dict)
    videos: dict = field(default_factory=dict)
    num_cut: int = 0
    num_reused: int = 0

    def note(self, heading, item):
        self.notes.setdefault(heading, []).append(item)


def _probe(path):
    """``(frames, fps)`` of a video by decord, or raise HarError."""
    num_frames, problem = probe_video(path, 'decode')
    if problem:
        raise HarError(f'{problem[0]}: {problem[1]}')
    import decord
    fps = float(decord.VideoReader(path, num_threads=1).get_avg_fps())
    if not fps > 0:
        raise HarError('no frame rate')
    return num_frames, fps


def _offsets(mapping, raw_dir, offsets_file):
    offsets = dict(mapping.offsets)
    path = offsets_file or osp.join(raw_dir, 'offsets.csv')
    if offsets_file or osp.isfile(path):
        for rec, seconds in read_offsets(path).items():
            if rec in offsets and offsets[rec] != seconds:
                raise HarError(f'{path}: offset of {rec} ({seconds} s) '
                               f'differs from the mapping\'s '
                               f'({offsets[rec]} s, {mapping.path})')
            offsets[rec] = seconds
    return offsets


def _windows(result, rec, segment, fps, spec, whole, what):
    frames = result.media[rec][0]
    first, stop, cut = segment_frames(segment.start, segment.end, fps, frames)
    if cut:
        result.note(f'{what}: segments cut at the video\'s ends',
                    f'{rec} {segment.source}: {cut}')
    wins = clip_windows(first, stop, fps, spec, whole)
    if not wins:
        reason = ('outside the video' if stop <= first else
                  f'shorter than the {spec.window:g} s window')
        result.note(f'{what}: segments without clips', f'{rec} '
                    f'{segment.source} ({segment.start:.2f}-'
                    f'{segment.end:.2f} s): {reason}')
    return [Clip(rec, f0, f1, segment.label) for f0, f1 in wins]


def collect(raw_dir, out_dir, mapping, label_sets, spec, offsets_file=None,
            domain_files=None, progress=True):
    """Everything up to the split: samples per label set and domain."""
    result = BastImport(raw_dir, out_dir)
    videos, eafs = find_raw(raw_dir, result.notes)
    result.videos = videos
    mapping = load_mapping(mapping or DEFAULT_MAPPING)
    unknown = [s for s in label_sets if s not in mapping.sets]
    if unknown:
        raise HarError(f'{mapping.path} defines label sets '
                       f'{", ".join(mapping.sets)}; asked for '
                       f'{", ".join(unknown)}')
    offsets = _offsets(mapping, raw_dir, offsets_file)
    for rec in sorted(set(offsets) - set(videos)):
        result.note('offsets of unknown recordings (ignored)', rec)
    domains = {}
    for name in DOMAINS:
        path = (domain_files or {}).get(name) or osp.join(raw_dir,
                                                          f'{name}.csv')
        if (domain_files or {}).get(name) or osp.isfile(path):
            domains[name] = read_ranges(path, name)
    needed = set(eafs) | {r.recording for _, rs in domains.values()
                          for r in rs}
    for rec in sorted(needed - set(videos)):
        result.note('recordings named by the domain files without a '
                    'video', rec)
    for rec in progress_bar(sorted(needed & set(videos)),
                            desc='BAST recordings', disable=not progress):
        try:
            result.media[rec] = _probe(videos[rec])
        except HarError as err:
            result.note('unusable videos (left out)', f'{rec}: {err}')
    for rec in sorted(set(videos) - needed):
        result.note('videos without an ELAN file or domain range '
                    '(ignored)', rec)

    per_set = {s: defaultdict(list) for s in label_sets}
    for name in label_sets:
        result.classes[name] = mapping.sets[name].classes
        result.counters[name] = SegmentNotes()
    for rec in sorted(eafs):
        if rec not in result.media:
            continue
        doc = parse_eaf(eafs[rec], media=videos[rec])
        for item in doc.skipped:
            result.note('annotations without times (skipped)', item)
        for aid in sorted(set(doc.duplicates)):
            result.note('annotation IDs used twice in a file (kept)',
                        f'{rec}: {aid}')
        fps = result.media[rec][1]
        for name in label_sets:
            ls = mapping.sets[name]
            for seg in label_segments(doc, rec, ls,
                                      mapping.claimed_tiers(name),
                                      offsets.get(rec, 0.0),
                                      result.counters[name]):
                per_set[name][rec] += _windows(
                    result, rec, seg, fps, spec, seg.label in ls.whole, name)
    for name, (classes, ranges) in sorted(domains.items()):
        result.classes[name] = classes
        clips = []
        for r in ranges:
            if r.recording not in result.media:
                continue
            seg = Segment(r.recording, r.label, r.start, r.end,
                          f'line {r.line}')
            clips += _windows(result, r.recording, seg,
                              result.media[r.recording][1], spec, False,
                              name)
        result.domain_clips[name] = clips
    return result, per_set


def _assign_paths(lists, codec):
    """Give each clip its file; the same frames twice in one list (double
    annotation) get a second file ``..._label{L}.mp4`` (a list must not
    name a file twice)."""
    for clips in lists:
        seen = set()
        for clip in clips:
            path = clip_path(clip.recording, clip.first, clip.stop, codec)
            if path in seen:
                stem, ext = osp.splitext(path)
                path = f'{stem}_label{clip.label}{ext}'
            seen.add(path)
            clip.path = path


def cut_all(result, videos_of, clips, codec='h264', progress=True):
    """Cut every clip not already in the cache; return the cache."""
    clips_dir = osp.join(result.out_dir, 'clips')
    cache = ClipCache(clips_dir)
    by_rec = defaultdict(dict)
    for clip in clips:
        by_rec[clip.recording][clip.path] = clip
    todo = {}
    for rec, items in sorted(by_rec.items()):
        key = source_key(videos_of[rec], result.raw_dir)
        for path, clip in sorted(items.items()):
            ck = cache.key(key, clip.first, clip.stop, codec)
            if cache.is_current(path, ck):
                result.num_reused += 1
            else:
                todo.setdefault(rec, []).append((clip, ck))
    bar = progress_bar(total=sum(map(len, todo.values())), desc='BAST clips',
                       unit='clip', disable=not progress)
    try:
        for rec, items in sorted(todo.items()):
            cut_clips(videos_of[rec], [(c.first, c.stop,
                                        osp.join(clips_dir, c.path))
                                       for c, _ in items],
                      result.media[rec][1], step=bar.update, codec=codec)
            for clip, ck in items:
                cache.record(clip.path, ck)
            result.num_cut += len(items)
            cache.save()  # an interrupted run keeps what it cut
    finally:
        bar.close()
    return cache


def prepare_bast(raw_dir, out_dir, label_sets=('base', 'eval'),
                 mapping=None, spec=None, seed=0, shares=(0.7, 0.15, 0.15),
                 test_list=None, offsets_file=None, domain_files=None,
                 codec='h264', media='decode', progress=True,
                 allow_empty_splits=False):
    """Import BAST; see the module docstring and docs/datasets.md.

    Args:
        raw_dir (str): Raw folder (:mod:`.layout`).
        out_dir (str): Output folder.
        label_sets (Sequence[str]): Label sets of the mapping to write.
        mapping (str, optional): Mapping file; default
            ``configs/_base_/datasets/bast_labels.yaml``.
        spec (WindowSpec, optional): Windowing; default 10 s / 5 s / 20.
        seed (int): Split seed.
        shares (tuple[float]): Train/val/test shares.
        test_list (str, optional): File with fixed test recordings.
        offsets_file (str, optional): ``recording,seconds`` CSV (default
            ``RAW_DIR/offsets.csv`` when present).
        domain_files (dict, optional): Domain -> time-range file (default
            ``RAW_DIR/{avatar,kinesphere}.csv`` when present).
        codec (str): Clip codec, ``h264`` (``.mp4``) or ``ffv1``
            (lossless ``.mkv``); see :mod:`.cutting`.
        media (str): Media check level of the validation.
        allow_empty_splits (bool): Cut and write even if a split of a label
            set has no clip.

    Returns:
        BastImport

    Raises:
        HarError: No usable clip, or an empty split (unless
            ``allow_empty_splits``), before anything is cut or written.
    """
    from .outputs import write_outputs
    spec = spec or WindowSpec()
    check_codec(codec)
    result, per_set = collect(raw_dir, out_dir, mapping, list(label_sets),
                              spec, offsets_file, domain_files, progress)
    recs = sorted({r for s in per_set.values() for r, c in s.items() if c})
    if not recs:
        raise HarError(f'{raw_dir}: no recording has a labelled segment '
                       'long enough for a clip (see the mapping and '
                       '--window)')
    counts = {r: Counter(f'{s}:{c.label}' for s in per_set
                         for c in per_set[s].get(r, [])) for r in recs}
    test = _read_test_list(test_list) if test_list else None
    result.params = dict(mapping=mapping or osp.relpath(DEFAULT_MAPPING,
                                                        REPO), spec=spec,
                         seed=seed, shares=tuple(shares), test_list=test_list,
                         label_sets=list(label_sets), codec=codec)
    result.splits = split_recordings(counts, shares, seed, test)
    for name in per_set:
        result.clips[name] = {split: [c for r in result.splits[split]
                                      for c in per_set[name].get(r, [])]
                              for split in SPLITS}
    check_splits({f'{name}/{split}': len(clips)
                  for name, splits in result.clips.items()
                  for split, clips in splits.items()}, raw_dir,
                 allow_empty=allow_empty_splits)
    lists = [v for s in result.clips.values() for v in s.values()]
    lists += list(result.domain_clips.values())
    _assign_paths(lists, codec)
    cache = cut_all(result, result.videos, [c for lst in lists for c in lst],
                    codec, progress)
    write_outputs(result, cache, media, progress)
    return result


def _read_test_list(path):
    if not osp.isfile(path):
        raise MissingFileError('test recording list', path)
    with open(path, encoding='utf-8') as f:
        return [line.split('#')[0].strip() for line in f
                if line.split('#')[0].strip()]
