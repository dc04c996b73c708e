"""Pick a binary detector's score threshold on validation data.

Scores come from ``tools/test.py --dump preds.pkl`` on the validation list
(MMAction2 ``DumpResults``: ``pred_score`` and ``gt_label`` per clip) or a
CSV with ``score`` and ``label`` columns. The precision/recall curve over
every distinct score is computed here (numpy), the threshold chosen by one
criterion, and both saved: a PNG of the curve and a JSON that
``tools/detect_long_video.py --thresholds`` reads.
"""
import csv
import os.path as osp
import pickle
from dataclasses import dataclass

import numpy as np

from ..errors import HarError, MissingFileError
from ..utils.io import atomic_write, dump_json_atomic


def load_scores(path, positive=1):
    """``(scores, is_positive)`` of the positive class for every clip."""
    if not osp.isfile(path):
        raise MissingFileError('validation scores', path)
    if path.endswith(('.pkl', '.pickle')):
        with open(path, 'rb') as f:
            rows = pickle.load(f)
        try:
            scores = np.array([float(r['pred_score'][positive]) for r in rows])
            labels = np.array([int(np.asarray(r['gt_label']).reshape(-1)[0])
                               for r in rows])
        except (KeyError, IndexError, TypeError) as err:
            raise HarError(f'{path}: expected DumpResults entries with '
                           f'pred_score and gt_label ({err})') from err
        return scores, labels == positive
    with open(path, newline='') as f:
        reader = csv.DictReader(f)
        if not {'score', 'label'} <= set(reader.fieldnames or ()):
            raise HarError(f'{path}: expected CSV columns score,label; got '
                           f'{reader.fieldnames}')
        rows = list(reader)
    try:
        scores = np.array([float(r['score']) for r in rows])
        labels = np.array([int(r['label']) for r in rows])
    except ValueError as err:
        raise HarError(f'{path}: {err}') from err
    return scores, labels == positive


@dataclass
class Curve:
    """Precision and recall when labelling ``score >= thresholds[i]``."""
    thresholds: np.ndarray
    precision: np.ndarray
    recall: np.ndarray

    @property
    def f1(self):
        denom = self.precision + self.recall
        return np.where(denom > 0, 2 * self.precision * self.recall /
                        np.maximum(denom, 1e-12), 0.0)


def pr_curve(scores, positive):
    """The curve at every distinct score, thresholds decreasing."""
    scores = np.asarray(scores, np.float64)
    positive = np.asarray(positive, bool)
    if not positive.any() or positive.all():
        raise HarError('threshold selection needs positive and negative '
                       f'validation clips; got {positive.sum()} positive of '
                       f'{len(positive)}')
    order = np.argsort(-scores, kind='stable')
    s, p = scores[order], positive[order]
    tp, fp = np.cumsum(p), np.cumsum(~p)
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # end of each tie
    return Curve(s[last], tp[last] / (tp[last] + fp[last]),
                 tp[last] / positive.sum())


def choose_threshold(curve, min_precision=None, min_recall=None):
    """Index into ``curve``: best F1, or best recall (precision) at a floor.

    Raises:
        HarError: No threshold reaches the requested floor.
    """
    if min_precision is not None:
        ok = np.flatnonzero(curve.precision >= min_precision)
        if not len(ok):
            raise HarError(f'no threshold reaches precision {min_precision} '
                           f'(best {curve.precision.max():.3f})')
        return int(ok[np.argmax(curve.recall[ok])])
    if min_recall is not None:
        ok = np.flatnonzero(curve.recall >= min_recall)
        return int(ok[np.argmax(curve.precision[ok])])
    return int(np.argmax(curve.f1))


def plot_curve(path, curve, chosen, title):
    """PR curve with the chosen point, and precision/recall vs threshold."""
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    ax1.plot(curve.recall, curve.precision, '.-')
    ax1.plot(curve.recall[chosen], curve.precision[chosen], 'ro',
             label=f'threshold {curve.thresholds[chosen]:.3f}')
    ax1.set(xlabel='recall', ylabel='precision', xlim=(0, 1.02),
            ylim=(0, 1.02), title=title)
    ax1.legend(loc='lower left')
    ax2.plot(curve.thresholds, curve.precision, label='precision')
    ax2.plot(curve.thresholds, curve.recall, label='recall')
    ax2.plot(curve.thresholds, curve.f1, label='F1')
    ax2.axvline(curve.thresholds[chosen], color='r', ls='--')
    ax2.set(xlabel='threshold', ylabel='value', title='by threshold')
    ax2.legend()
    fig.tight_layout()
    with atomic_write(path, 'wb') as f:
        fig.savefig(f, format='png', dpi=100)
    plt.close(fig)


def select_threshold(scores_path, out_json, out_png=None, class_names=None,
                     positive=1, min_precision=None, min_recall=None):
    """Choose and save a threshold; returns the JSON dict."""
    scores, is_pos = load_scores(scores_path, positive)
    curve = pr_curve(scores, is_pos)
    chosen = choose_threshold(curve, min_precision, min_recall)
    names = class_names or ['rest', 'action']
    if positive >= len(names):
        raise HarError(f'positive class index {positive} but classes are '
                       f'{names}')
    criterion = ('max_f1' if min_precision is None and min_recall is None
                 else f'min_precision={min_precision}'
                 if min_precision is not None else f'min_recall={min_recall}')
    result = dict(
        **{'class': names[positive]}, class_index=positive,
        threshold=float(curve.thresholds[chosen]), criterion=criterion,
        precision=float(curve.precision[chosen]),
        recall=float(curve.recall[chosen]), f1=float(curve.f1[chosen]),
        num_positive=int(is_pos.sum()), num_negative=int((~is_pos).sum()),
        ignore=[n for i, n in enumerate(names) if i != positive],
        source=scores_path)
    dump_json_atomic(result, out_json)
    if out_png:
        plot_curve(out_png, curve, chosen, f'{names[positive]} vs rest')
    return result
