"""Classification metrics of a test run, from per-sample scores and labels.

Definitions (``K`` classes, ``N`` samples, ``cm`` the ``K x K`` confusion
matrix of counts, rows = ground truth, columns = top-1 prediction):

* **top-k accuracy**: fraction of samples whose label is among the ``k``
  highest scores. Ties are broken by the lower class index (stable sort), so
  the result does not depend on the platform's sort.
* **present classes**: the classes with at least one test sample
  (``cm.sum(1) > 0``). Mean class accuracy, balanced accuracy and macro F1
  average over exactly these classes.
* **mean class accuracy**: mean over present classes of the per-class top-1
  recall ``cm[c, c] / cm[c].sum()``. MMAction2's ``AccMetric`` (``acc/mean1``,
  from ``mmaction.evaluation.functional.accuracy.mean_class_accuracy``)
  builds its confusion matrix over the union of predicted and true labels
  and averages ``hit / cnt if cnt else 0.0`` over that union: a class that is
  predicted but absent from the test set adds a 0 and lowers the mean. Both
  agree when every predicted class occurs in the test set;
  ``mean_class_accuracy_mmaction`` is reported next to ours for comparison.
* **balanced accuracy**: the same number as the mean class accuracy (the
  usual definition, e.g. scikit-learn's ``balanced_accuracy_score``, which
  also drops classes absent from ``y_true``); ``balanced_accuracy_adjusted``
  rescales it so that chance (``1 / #present``) is 0 and perfect is 1.
* **macro F1**: mean over present classes of ``2PR / (P + R)``. A class that
  is never predicted has precision 0/0, taken as 0, so its F1 is 0. Classes
  predicted but absent from the test set are not averaged in (their false
  positives already lower the recall of the true classes); scikit-learn's
  ``f1_score(average='macro')`` would add a 0 for each of them.
"""
from typing import Dict, List, Sequence

import numpy as np


def rank_classes(scores: np.ndarray) -> np.ndarray:
    """Class indices sorted by decreasing score, ``(N, K)`` int64."""
    return np.argsort(-np.asarray(scores, np.float64), axis=1,
                      kind='stable').astype(np.int64)


def topk_hits(ranks: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Boolean ``(N, )``: whether each label is in its top-``k`` classes."""
    return (ranks[:, :k] == labels[:, None]).any(axis=1)


def confusion_matrix(labels: np.ndarray, preds: np.ndarray,
                     num_classes: int) -> np.ndarray:
    """Counts ``(K, K)``: ``cm[t, p]`` samples of class ``t`` predicted
    ``p``."""
    flat = np.asarray(labels, np.int64) * num_classes + np.asarray(
        preds, np.int64)
    return np.bincount(flat, minlength=num_classes**2).reshape(
        num_classes, num_classes)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``num / den`` with 0 where ``den == 0``."""
    num = np.asarray(num, np.float64)
    den = np.asarray(den, np.float64)
    out = np.zeros_like(num)
    np.divide(num, den, out=out, where=den > 0)
    return out


def per_class_table(cm: np.ndarray, topk_correct: Dict[int, np.ndarray],
                    names: Sequence[str]) -> List[dict]:
    """One dict per class: support, predictions, recall@k, precision, F1.

    Args:
        cm (np.ndarray): Confusion counts ``(K, K)``.
        topk_correct (dict[int, np.ndarray]): For each ``k``, the number of
            samples of each class with a top-``k`` hit, ``(K, )``.
        names (Sequence[str]): Class names, ``K`` of them.
    """
    support = cm.sum(axis=1)
    predicted = cm.sum(axis=0)
    hits = np.diag(cm)
    recall = _ratio(hits, support)
    precision = _ratio(hits, predicted)
    f1 = _ratio(2 * precision * recall, precision + recall)
    rows = []
    for c, name in enumerate(names):
        row = dict(index=c, name=str(name), support=int(support[c]),
                   predicted=int(predicted[c]), correct=int(hits[c]),
                   top1=float(recall[c]), precision=float(precision[c]),
                   f1=float(f1[c]))
        for k, correct in topk_correct.items():
            if k != 1:
                row[f'top{k}'] = float(_ratio(correct[c], support[c]))
        rows.append(row)
    return rows


def most_confused(cm: np.ndarray, names: Sequence[str],
                  limit: int = 10) -> List[dict]:
    """The largest off-diagonal counts, largest first (ties: by true class).

    Each entry names the true and predicted class, the count and the count
    as a fraction of the true class's support.
    """
    off = cm.astype(np.int64).copy()
    np.fill_diagonal(off, 0)
    true_idx, pred_idx = np.nonzero(off)
    order = sorted(zip(true_idx, pred_idx),
                   key=lambda tp: (-off[tp], tp[0], tp[1]))[:limit]
    support = cm.sum(axis=1)
    return [dict(true=str(names[t]), pred=str(names[p]), count=int(off[t, p]),
                 fraction=float(off[t, p] / support[t])) for t, p in order]


def mmaction_mean_class_accuracy(scores: np.ndarray,
                                 labels: np.ndarray) -> float:
    """``acc/mean1`` exactly as MMAction2's ``AccMetric`` computes it."""
    from mmaction.evaluation.functional import mean_class_accuracy
    return float(mean_class_accuracy(list(np.asarray(scores)),
                                     np.asarray(labels, np.int64).tolist()))


def valid_topk(topk: Sequence[int], num_classes: int) -> List[int]:
    """The requested ``k`` values that are meaningful for ``K`` classes."""
    ks = sorted({int(k) for k in topk if 1 <= int(k) <= num_classes} | {1})
    return ks


def compute_metrics(scores: np.ndarray, labels: np.ndarray,
                    names: Sequence[str], topk: Sequence[int] = (1, 2, 3, 5),
                    confused_limit: int = 10) -> dict:
    """All metrics of one test run (see the module doc for definitions).

    Args:
        scores (np.ndarray): ``(N, K)`` class scores.
        labels (np.ndarray): ``(N, )`` ground-truth indices in ``[0, K)``.
        names (Sequence[str]): ``K`` class names.
        topk (Sequence[int]): ``k`` values; those above ``K`` are dropped.
        confused_limit (int): How many most-confused pairs to list.

    Returns:
        dict: ``summary`` (headline numbers), ``per_class`` (list of dicts),
        ``confused`` (pairs), ``confusion`` (``K x K`` list of counts),
        ``topk`` (the ``k`` values used).
    """
    scores = np.asarray(scores, np.float64)
    labels = np.asarray(labels, np.int64)
    ranks = rank_classes(scores)
    return metrics_from_ranks(ranks, labels, names, topk, confused_limit,
                              mmaction_mean1=mmaction_mean_class_accuracy(
                                  scores, labels))


def metrics_from_ranks(ranks: np.ndarray, labels: np.ndarray,
                       names: Sequence[str], topk: Sequence[int] = (1, 2, 3,
                                                                    5),
                       confused_limit: int = 10,
                       mmaction_mean1=None) -> dict:
    """:func:`compute_metrics` from ranked class indices ``(N, R)``.

    Used directly for class groups, whose ranking is derived from the
    classes' ranking (see :mod:`.groups`). ``mmaction_mean1``, if given, is
    reported as ``mean_class_accuracy_mmaction``.
    """
    num_classes = len(names)
    ks = valid_topk(topk, min(num_classes, ranks.shape[1]))
    cm = confusion_matrix(labels, ranks[:, 0], num_classes)
    hits = {k: topk_hits(ranks, labels, k) for k in ks}
    topk_correct = {
        k: np.bincount(labels[h], minlength=num_classes)
        for k, h in hits.items()
    }
    per_class = per_class_table(cm, topk_correct, names)
    present = cm.sum(axis=1) > 0
    n_present = int(present.sum())
    recall = np.array([r['top1'] for r in per_class])
    f1 = np.array([r['f1'] for r in per_class])
    mean_acc = float(recall[present].mean()) if n_present else float('nan')
    chance = 1.0 / n_present if n_present else float('nan')
    adjusted = ((mean_acc - chance) / (1 - chance)
                if n_present > 1 else float('nan'))
    summary = dict(num_samples=int(len(labels)), num_classes=num_classes,
                   num_present_classes=n_present,
                   num_predicted_classes=int((cm.sum(axis=0) > 0).sum()))
    for k in ks:
        summary[f'top{k}'] = float(hits[k].mean()) if len(labels) else 0.0
    summary.update(
        mean_class_accuracy=mean_acc, balanced_accuracy=mean_acc,
        balanced_accuracy_adjusted=float(adjusted),
        macro_f1=float(f1[present].mean()) if n_present else float('nan'))
    if mmaction_mean1 is not None:
        summary['mean_class_accuracy_mmaction'] = float(mmaction_mean1)
    return dict(summary=summary, per_class=per_class,
                confused=most_confused(cm, names, confused_limit),
                confusion=cm.tolist(), topk=ks)
