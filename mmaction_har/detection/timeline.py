"""From per-window scores to a timeline of labelled segments.

Each window gets the labels whose score reaches that class's threshold
(``top1``: only the best class, if it reaches its threshold; ``multi``: every
class that does, e.g. several binary detectors). Runs of consecutive windows
with a label become one segment from the first window's start to the last
window's end; runs separated by at most ``max_gap`` seconds of unlabelled
windows are joined; segments shorter than ``min_duration`` are dropped.
"""
from dataclasses import asdict, dataclass

import numpy as np

from ..errors import HarError


@dataclass
class Segment:
    """A labelled stretch of video (seconds)."""
    start: float
    end: float
    label: str
    score: float
    max_score: float
    num_windows: int

    @property
    def duration(self):
        return self.end - self.start

    def to_dict(self):
        return asdict(self)


def threshold_vector(class_names, default=0.0, per_class=None):
    """(num_classes, ) thresholds: ``default`` unless ``per_class`` names one.

    Raises:
        HarError: ``per_class`` names a class the model does not have.
    """
    thresholds = np.full(len(class_names), float(default))
    for name, value in (per_class or {}).items():
        if name not in class_names:
            raise HarError(f'threshold given for unknown class {name!r}; '
                           f'the model has {class_names}')
        thresholds[class_names.index(name)] = float(value)
    return thresholds


def window_labels(scores, thresholds, mode='top1', ignore=()):
    """Boolean (num_windows, num_classes): which labels each window gets.

    Args:
        scores (ndarray): (num_windows, num_classes) scores.
        thresholds (ndarray): (num_classes, ) minimum score of each class.
        mode (str): ``'top1'`` or ``'multi'`` (see module doc).
        ignore (Iterable[int]): Class indices never labelled (background,
            the "rest" class of a binary detector).
    """
    scores = np.asarray(scores, dtype=np.float64)
    if scores.ndim != 2 or scores.shape[1] != len(thresholds):
        raise HarError(f'scores of shape {scores.shape} do not match '
                       f'{len(thresholds)} thresholds')
    passed = scores >= thresholds[None, :]
    if mode == 'top1':
        best = np.argmax(scores, axis=1) if len(scores) else np.zeros(0, int)
        keep = np.zeros_like(passed)
        keep[np.arange(len(scores)), best] = True
        passed &= keep
    elif mode != 'multi':
        raise HarError(f'unknown labelling mode {mode!r} (top1 or multi)')
    for c in ignore:
        passed[:, c] = False
    return passed


def merge_segments(starts, ends, scores, labels, class_names, max_gap=0.0,
                   min_duration=0.0):
    """Merge labelled windows into segments.

    Args:
        starts, ends (ndarray): (num_windows, ) window bounds in seconds, in
            window order.
        scores (ndarray): (num_windows, num_classes).
        labels (ndarray): Boolean (num_windows, num_classes) from
            :func:`window_labels`.
        class_names (list[str]): Names of the columns.
        max_gap (float): Join two runs of one label when the windows between
            them start within ``max_gap`` seconds (0: only consecutive
            windows merge).
        min_duration (float): Drop shorter segments (seconds).

    Returns:
        list[Segment]: Sorted by start, then label.
    """
    starts = np.asarray(starts, dtype=np.float64)
    ends = np.asarray(ends, dtype=np.float64)
    segments = []
    for c, name in enumerate(class_names):
        hits = np.flatnonzero(labels[:, c])
        runs = []
        for i in hits:
            if runs:
                last = runs[-1][-1]
                # Start times of the unlabelled windows between the runs.
                gap = starts[i] - starts[last + 1] if i > last + 1 else 0.0
                if gap <= max_gap + 1e-9:
                    runs[-1].append(i)
                    continue
            runs.append([i])
        for run in runs:
            values = scores[run, c]
            seg = Segment(float(starts[run[0]]), float(ends[run[-1]]), name,
                          float(np.mean(values)), float(np.max(values)),
                          len(run))
            if seg.duration + 1e-9 >= min_duration:
                segments.append(seg)
    segments.sort(key=lambda s: (s.start, s.label))
    return segments


def build_timeline(result, thresholds, mode='top1', ignore=(), max_gap=0.0,
                   min_duration=0.0):
    """Segments of a :class:`~.detector.WindowScores`."""
    bounds = np.array([result.seconds(w) for w in result.windows],
                      dtype=np.float64).reshape(-1, 2)
    labels = window_labels(result.scores, thresholds, mode, ignore)
    return merge_segments(bounds[:, 0], bounds[:, 1], result.scores, labels,
                          result.class_names, max_gap, min_duration)
