"""Check an annotation file and the media it names; report what is wrong.

Formats (auto-detected, see :func:`detect_format`):

* ``video``: MMAction2 video list, ``path label`` per line
  (:class:`mmaction.datasets.VideoDataset`).
* ``video_range``: ``path start end label`` per line, 1-based inclusive
  frame range (:class:`mmaction_har.datasets.kth.KTHSubsequenceDataset`).
* ``rawframes``: ``frame_dir total_frames label`` per line
  (:class:`mmaction.datasets.RawframeDataset`).
* ``pose``: a pickle ``dict(split=dict(name=[frame_dir, ...]),
  annotations=[...], classes=[...])`` or a bare list of annotations
  (:class:`mmaction.datasets.PoseDataset`); ``keypoint`` is (M, T, V, C)
  with C = 2 (x, y) or 3 (x, y, z), ``keypoint_score`` (M, T, V).

Problem kinds: ``format`` (a line or record that cannot be parsed),
``missing``, ``zero-length``, ``unreadable``, ``truncated`` (media shorter
than the annotation says, or not decodable to its end), ``label`` (out of
range), ``shape``, ``nan`` (NaN or inf in keypoints), ``duplicate``,
``split`` (a split names an unknown sample, or is empty), ``leak`` (a sample
in two splits of one protocol), ``empty`` (no sample at all) and
``zero-pose`` (every keypoint of a sample at the origin: nobody was
detected in any frame).
"""
import os
import os.path as osp
import pickle
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..errors import HarError, MissingFileError
from ..utils import atomic_write
from ..utils.progress import progress_bar
from .outputs import counts_table

FORMATS = ('video', 'video_range', 'rawframes', 'pose')
#: How hard to look at each video: not at all, that it exists and is not
#: empty, that decord opens it, or that its last frame decodes too.
MEDIA_LEVELS = ('none', 'exists', 'open', 'decode')
VIDEO_EXTS = ('.avi', '.mp4', '.mkv', '.webm', '.mov', '.mpg', '.mpeg',
              '.wmv', '.flv', '.m4v')
IMAGE_EXTS = ('.jpg', '.jpeg', '.png')


@dataclass
class Problem:
    kind: str
    where: str
    message: str

    def __str__(self):
        return f'[{self.kind}] {self.where}: {self.message}'


class ValidationReport:
    """Problems and class distribution of one annotation file.

    Attributes:
        labels (dict[str, list[int]]): Labels of each split (``'all'`` for a
            list file), for the class distribution.
        frame_counts (dict[str, int]): Frames of each probed video.
    """

    def __init__(self, ann_file, fmt, classes=None):
        self.ann_file = ann_file
        self.format = fmt
        self.classes = list(classes) if classes is not None else None
        self.labels = {}
        self.num_samples = 0
        self.problems = []
        self.frame_counts = {}

    def add(self, kind, where, message):
        self.problems.append(Problem(kind, where, message))

    @property
    def ok(self):
        return not self.problems

    def kinds(self):
        return Counter(p.kind for p in self.problems)

    def class_names(self):
        if self.classes is not None:
            return self.classes
        top = max((max(v) for v in self.labels.values() if v), default=-1)
        return [str(i) for i in range(top + 1)]

    def error_line(self):
        """One line for a tool's ``error:``: count, kinds, the first."""
        kinds = ', '.join(f'{k}: {n}' for k, n in sorted(self.kinds().items()))
        return (f'{self.ann_file}: {len(self.problems)} problem(s) ({kinds}),'
                f' the first: {self.problems[0]}')

    def to_markdown(self, max_listed=50):
        kinds = ', '.join(f'{k}: {n}' for k, n in sorted(self.kinds().items()))
        lines = [f'# Validation of `{self.ann_file}`', '',
                 f'- format: {self.format}',
                 f'- samples: {self.num_samples}',
                 f'- problems: {len(self.problems)}' +
                 (f' ({kinds})' if kinds else ''), '',
                 '## Class distribution', '',
                 counts_table(self.class_names(), self.labels)]
        if self.problems:
            lines += ['', '## Problems', '']
            lines += [f'- {p}' for p in self.problems[:max_listed]]
            if len(self.problems) > max_listed:
                lines.append(f'- ... and {len(self.problems) - max_listed} '
                             'more')
        return '\n'.join(lines) + '\n'

    def plot(self, path):
        """Save the class distribution as a grouped bar chart (PNG)."""
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt

        names = self.class_names()
        splits = list(self.labels)
        width = 0.8 / max(len(splits), 1)
        fig, ax = plt.subplots(figsize=(max(6, 0.4 * len(names) + 2), 4))
        for k, split in enumerate(splits):
            counts = Counter(self.labels[split])
            x = np.arange(len(names)) + (k - (len(splits) - 1) / 2) * width
            ax.bar(x, [counts[i] for i in range(len(names))], width,
                   label=split)
        ax.set_xticks(np.arange(len(names)))
        ax.set_xticklabels(names, rotation=60, ha='right', fontsize=8)
        ax.set_ylabel('samples')
        ax.set_title(osp.basename(self.ann_file))
        if splits:
            ax.legend()
        fig.tight_layout()
        with atomic_write(path, 'wb') as f:
            fig.savefig(f, format='png', dpi=100)
        plt.close(fig)


def probe_video(path, level='decode'):
    """Look at a video; return ``(num_frames or None, problem or None)``.

    ``problem`` is ``(kind, message)``. At ``level='decode'`` the last frame
    is decoded too: a cut-off file often opens with an estimated frame
    count but fails there.
    """
    if level == 'none':
        return None, None
    if not osp.isfile(path):
        return None, ('missing', 'file not found')
    if osp.getsize(path) == 0:
        return None, ('zero-length', 'file is empty (0 bytes)')
    if level == 'exists':
        return None, None
    import decord
    try:
        reader = decord.VideoReader(path, num_threads=1)
        num_frames = len(reader)
    except Exception as err:  # decord raises RuntimeError or DECORDError
        first = str(err).strip().splitlines()[0][:120] if str(err) else ''
        return None, ('unreadable', f'decord cannot open it '
                      f'({type(err).__name__}: {first})')
    if num_frames == 0:
        return 0, ('zero-length', 'the video has 0 frames')
    if level == 'decode':
        try:
            reader[num_frames - 1]
        except Exception:
            return num_frames, ('truncated', f'it claims {num_frames} frames '
                                'but the last one does not decode')
    return num_frames, None


def detect_format(path):
    """Guess the format from the extension and the first non-empty line."""
    if path.endswith('.pkl'):
        return 'pose'
    with open(path, newline=None, errors='replace') as f:
        first = next((line.split() for line in f if line.strip()), [])
    if len(first) == 4 and first[0].lower().endswith(VIDEO_EXTS):
        return 'video_range'
    if len(first) == 3:
        return 'rawframes'
    return 'video'


_COLUMNS = {'video': 'path label', 'video_range': 'path start end label',
            'rawframes': 'frame_dir total_frames label'}


def _parse_line(parts, fmt):
    """``(path, ints)`` of a list line, or raise ValueError."""
    if len(parts) != len(_COLUMNS[fmt].split()):
        raise ValueError(f'{len(parts)} columns')
    return parts[0], [int(x) for x in parts[1:]]


def _count_frames(frame_dir):
    return sum(1 for name in os.listdir(frame_dir)
               if name.lower().endswith(IMAGE_EXTS))


def _check_label(report, where, label, num_classes):
    if label < 0 or (num_classes is not None and label >= num_classes):
        upper = f'{num_classes - 1}' if num_classes is not None else 'N-1'
        report.add('label', where, f'label {label} outside 0..{upper}')


def validate_list(ann_file, fmt, data_prefix='', classes=None,
                  num_classes=None, media='decode', frame_counts=None,
                  progress=False):
    """Validate a ``video``, ``video_range`` or ``rawframes`` list file.

    Args:
        data_prefix (str): Folder the paths in the list are relative to
            (the dataset's ``data_prefix``).
        media (str): One of :data:`MEDIA_LEVELS`.
        frame_counts (dict, optional): Frames of already probed videos,
            by full path; reused and filled in.
    """
    report = ValidationReport(ann_file, fmt, classes)
    if num_classes is None and classes is not None:
        num_classes = len(classes)
    cache = {} if frame_counts is None else frame_counts
    seen = {}
    labels = []
    with open(ann_file, newline=None, errors='replace') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for lineno, line in enumerate(progress_bar(lines, desc='validate',
                                               disable=not progress), 1):
        where = f'{ann_file}:{lineno}'
        parts = line.split()
        if not parts:
            report.add('format', where, 'empty line (MMAction2 reads it as '
                       'a sample with an empty path)')
            continue
        try:
            path, ints = _parse_line(parts, fmt)
        except ValueError as err:
            report.add('format', where, f'expected "{_COLUMNS[fmt]}" '
                       f'(integers after the path), got {line!r} ({err})')
            continue
        report.num_samples += 1
        label = ints[-1]
        labels.append(label)
        _check_label(report, where, label, num_classes)
        key = (path, *ints[:-1]) if fmt == 'video_range' else path
        if key in seen:
            report.add('duplicate', where, f'same entry as line {seen[key]}')
        seen.setdefault(key, lineno)
        full = osp.join(data_prefix, path) if data_prefix else path
        if fmt == 'rawframes':
            _check_rawframes(report, where, full, ints[0], media)
            continue
        if full not in cache:
            cache[full] = probe_video(full, media)
        num_frames, problem = cache[full]
        if num_frames is not None:
            report.frame_counts[full] = num_frames
        if problem:
            report.add(problem[0], where, f'{full}: {problem[1]}')
        if fmt == 'video_range':
            _check_range(report, where, full, ints[0], ints[1], num_frames)
    if not report.num_samples and not report.problems:
        report.add('empty', ann_file, 'no samples (an empty list)')
    report.labels = {'all': labels}
    return report


def _check_range(report, where, path, start, end, num_frames):
    if not 1 <= start <= end:
        report.add('format', where, f'frame range {start}-{end}: expected '
                   '1 <= start <= end (1-based, inclusive)')
    elif num_frames is not None and end > num_frames:
        report.add('truncated', where, f'frames {start}-{end} but {path} '
                   f'has {num_frames} frames')


def _check_rawframes(report, where, frame_dir, total, media):
    if media == 'none':
        return
    if not osp.isdir(frame_dir):
        report.add('missing', where, f'frame folder not found: {frame_dir}')
        return
    found = _count_frames(frame_dir)
    if found == 0:
        report.add('zero-length', where, f'no images in {frame_dir}')
    elif found < total:
        report.add('truncated', where, f'{frame_dir} has {found} images, '
                   f'the list says {total}')


def is_empty_pose(keypoint):
    """Whether every keypoint of a (M, T, V, C) array is at the origin."""
    return not np.any(np.nan_to_num(np.asarray(keypoint)))


def check_pose_annotation(report, where, ann, num_classes, num_joints):
    """Check one pose annotation; return its V (or ``num_joints``)."""
    if not isinstance(ann, dict):
        report.add('format', where, f'a {type(ann).__name__}, expected a '
                   'dict with frame_dir, label, total_frames, keypoint')
        return num_joints
    missing = [k for k in ('label', 'total_frames', 'keypoint')
               if k not in ann]
    if missing:
        report.add('format', where, f'missing keys {missing}')
        return num_joints
    try:
        label = int(ann['label'])
    except (TypeError, ValueError, OverflowError):
        report.add('label', where, f'label {ann["label"]!r} is not an '
                   'integer')
    else:
        _check_label(report, where, label, num_classes)
    kp = ann['keypoint']
    if not isinstance(kp, np.ndarray) or kp.ndim != 4 or \
            kp.shape[-1] not in (2, 3):
        shape = getattr(kp, 'shape', type(kp).__name__)
        report.add('shape', where, f'keypoint {shape}: expected an array '
                   '(M, T, V, C) with C 2 or 3')
        return num_joints
    m, t, v, _ = kp.shape
    if m == 0 or t == 0:
        report.add('zero-length', where, f'keypoint {kp.shape} is empty')
    elif is_empty_pose(kp):
        report.add('zero-pose', where, f'all keypoints {kp.shape} are zero '
                   '(nobody detected in any frame)')
    if not isinstance(ann['total_frames'], (int, np.integer)):
        report.add('format', where, f'total_frames '
                   f'{ann["total_frames"]!r} is not an integer')
    elif t != ann['total_frames']:
        report.add('truncated' if t < ann['total_frames'] else 'shape',
                   where, f'keypoint has T={t} frames, total_frames is '
                   f'{ann["total_frames"]}')
    if num_joints is not None and v != num_joints:
        report.add('shape', where, f'V={v} keypoints, earlier annotations '
                   f'have {num_joints}')
    bad = ~np.isfinite(kp)
    if bad.any():
        frames = np.unique(np.nonzero(bad)[1])[:5].tolist()
        report.add('nan', where, f'{int(bad.sum())} NaN/inf keypoint values '
                   f'(frames {frames}...)')
    score = ann.get('keypoint_score')
    if score is not None:
        if getattr(score, 'shape', None) != kp.shape[:3]:
            report.add('shape', where, f'keypoint_score '
                       f'{getattr(score, "shape", None)}: expected '
                       f'{kp.shape[:3]} (M, T, V)')
        elif not np.isfinite(score).all():
            report.add('nan', where, 'NaN/inf in keypoint_score')
    return v if num_joints is None else num_joints


def _protocol(split_name):
    """'xsub_train' -> 'xsub'; 'train' -> ''."""
    return split_name.rsplit('_', 1)[0] if '_' in split_name else ''


def _names(members):
    """The string names of a split (others are reported as unknown)."""
    return {x for x in members if isinstance(x, str)}


def _check_splits(report, splits, ids):
    for name, members in splits.items():
        unknown = [x for x in members if not isinstance(x, str)
                   or x not in ids]
        if unknown:
            report.add('split', f'split[{name!r}]', f'{len(unknown)} names '
                       f'not in annotations, e.g. {unknown[:3]}')
    names = sorted(splits)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if _protocol(a) != _protocol(b):
                continue
            tails = {a.rsplit('_', 1)[-1], b.rsplit('_', 1)[-1]}
            if 'trainval' in tails and tails & {'train', 'val'}:
                continue  # trainval is the union of train and val
            shared = _names(splits[a]) & _names(splits[b])
            if shared:
                report.add('leak', f'split[{a!r}] and split[{b!r}]',
                           f'{len(shared)} samples in both, e.g. '
                           f'{sorted(shared)[:3]}')


def sample_name(ann):
    """A pose annotation's ``frame_dir`` (or ``filename``), if a string."""
    name = ann.get('frame_dir', ann.get('filename'))
    return name if isinstance(name, str) else None


def read_pose_pickle(report, ann_file):
    """Unpickle a pose file; ``(annotations, splits)`` or ``None``.

    Problems (unreadable file, wrong layout) go to ``report``; the class
    names, if the file has them, to ``report.classes`` (unless set).
    """
    try:
        with open(ann_file, 'rb') as f:
            data = pickle.load(f)
    except Exception as err:  # any unpickling failure is the file's
        first = str(err).strip().splitlines()[0][:200] if str(err) else ''
        report.add('unreadable', ann_file, f'cannot unpickle: '
                   f'{type(err).__name__}: {first}')
        return None
    splits = {}
    if isinstance(data, dict):
        annotations = data.get('annotations')
        splits = data.get('split')
        splits = {} if splits is None else splits
        if not isinstance(splits, dict) or not all(
                isinstance(v, (list, tuple)) for v in splits.values()):
            report.add('format', ann_file, 'split: expected dict(name='
                       '[frame_dir, ...]), got '
                       f'{type(splits).__name__}')
            return None
        classes = data.get('classes')
        if report.classes is None and isinstance(classes, (list, tuple)):
            report.classes = [str(c) for c in classes]
    else:
        annotations = data
    if not isinstance(annotations, list):
        report.add('format', ann_file, 'expected a list of annotations or '
                   'dict(split=..., annotations=[...]), got '
                   f'{type(annotations).__name__}')
        return None
    return annotations, splits


def validate_pose(ann_file, classes=None, num_classes=None, progress=False):
    """Validate a pose pickle (see the module docstring for its layout)."""
    report = ValidationReport(ann_file, 'pose', classes)
    read = read_pose_pickle(report, ann_file)
    if read is None:
        return report
    annotations, splits = read
    if num_classes is None and report.classes is not None:
        num_classes = len(report.classes)
    ids, label_of, num_joints = {}, {}, None
    for i, ann in enumerate(progress_bar(annotations, desc='validate',
                                         disable=not progress)):
        if not isinstance(ann, dict):
            check_pose_annotation(report, f'annotations[{i}]', ann, None,
                                  None)
            continue
        name = sample_name(ann)
        where = f'annotations[{i}] ({name})'
        report.num_samples += 1
        if name is None:
            report.add('format', where, 'no frame_dir or filename string')
        elif name in ids:
            report.add('duplicate', where, f'same frame_dir as '
                       f'annotations[{ids[name]}]')
        else:
            ids[name] = i
        num_joints = check_pose_annotation(report, where, ann, num_classes,
                                           num_joints)
        if isinstance(ann.get('label'), (int, np.integer)):
            label_of[name] = int(ann['label'])
    if not annotations:
        report.add('empty', ann_file, 'no annotations')
    _check_splits(report, splits, ids)
    if splits:
        report.labels = {s: [label_of[x] for x in members
                             if isinstance(x, str) and x in label_of]
                         for s, members in splits.items()}
    else:
        report.labels = {'all': list(label_of.values())}
    return report


def validate_annotation(ann_file, fmt='auto', data_prefix='', classes=None,
                        num_classes=None, media='decode', frame_counts=None,
                        progress=False):
    """Validate any supported annotation file; see the module docstring.

    Raises:
        MissingFileError: ``ann_file`` does not exist.
        HarError: Unknown format or media level.
    """
    if not osp.isfile(ann_file):
        raise MissingFileError('annotation file', ann_file)
    if fmt == 'auto':
        fmt = detect_format(ann_file)
    if fmt not in FORMATS:
        raise HarError(f'unknown format {fmt!r}; expected one of {FORMATS}')
    if media not in MEDIA_LEVELS:
        raise HarError(f'unknown media level {media!r}; expected one of '
                       f'{MEDIA_LEVELS}')
    if fmt == 'pose':
        return validate_pose(ann_file, classes, num_classes, progress)
    return validate_list(ann_file, fmt, data_prefix, classes, num_classes,
                         media, frame_counts, progress)


def read_classes(path):
    """Class names from a file with one name per line."""
    if not osp.isfile(path):
        raise MissingFileError('class list', path)
    with open(path, newline=None) as f:
        return [line.strip() for line in f if line.strip()]
