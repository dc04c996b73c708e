"""Late fusion of class scores from several models or streams.

Inputs are the prediction dumps of ``tools/test.py --dump preds.pkl``: a list
(one entry per test sample, in dataset order) of dicts with ``pred_score``
``(K, )`` and ``gt_label``. Scores of M dumps are combined sample by sample::

    avg: sum_m w_m s_m / sum_m w_m     mul: prod_m s_m ** w_m
    max: max_m w_m s_m

and evaluated with MMAction2's top-k accuracy and the mean class accuracy
(mean over the classes present in the labels of the per-class top-1 recall;
MMAction2's ``mean_class_accuracy`` also averages in a zero for classes that
are only predicted, which never happens when every class is in the test set).
Models trained several times (seeds) are fused run by run, and each metric
summarised by its mean and sample standard deviation over the runs
(:func:`fuse_runs`).
"""
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from mmaction.evaluation.functional import top_k_accuracy

METHODS = ('avg', 'mul', 'max')


def load_dump(path: str) -> Tuple[np.ndarray, np.ndarray]:
    """Read a ``tools/test.py --dump`` pickle.

    The reader of the test reports (:func:`.report.dump.load_predictions`),
    with its errors as ``ValueError`` for the fusion code.

    Returns:
        tuple: scores ``(N, K)`` float64 and labels ``(N, )`` int64.

    Raises:
        ValueError: The file is not a list of dicts with ``pred_score`` and
            ``gt_label``.
    """
    from ..errors import HarError
    from .report.dump import load_predictions
    try:
        return load_predictions(path)
    except HarError as err:
        raise ValueError(f'{path} is not a prediction dump (a list of dicts '
                         f'with pred_score and gt_label): {err}') from err


def to_probabilities(scores: np.ndarray) -> np.ndarray:
    """Softmax over classes, unless every row already is a distribution."""
    rows_ok = np.all(scores >= 0) and np.allclose(scores.sum(1), 1., atol=1e-3)
    if rows_ok:
        return scores
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def fuse_scores(scores: Sequence[np.ndarray],
                weights: Optional[Sequence[float]] = None,
                method: str = 'avg') -> np.ndarray:
    """Fuse M score arrays ``(N, K)`` into one ``(N, K)``.

    Args:
        scores (Sequence[np.ndarray]): Per-model probabilities.
        weights (Sequence[float], optional): One non-negative weight per
            model. Defaults to equal weights.
        method (str): ``'avg'``, ``'mul'`` or ``'max'`` (see module doc).

    Returns:
        np.ndarray: Fused scores ``(N, K)``.
    """
    if method not in METHODS:
        raise ValueError(f'unknown fusion method {method!r}; use one of '
                         f'{METHODS}')
    stacked = np.stack([np.asarray(s, np.float64) for s in scores])
    if len({s.shape for s in stacked}) != 1:
        raise ValueError('all score arrays must have the same shape')
    weights = np.ones(len(stacked)) if weights is None else \
        np.asarray(weights, np.float64)
    if weights.shape != (len(stacked), ) or np.any(weights < 0):
        raise ValueError(f'need {len(stacked)} non-negative weights, got '
                         f'{weights.tolist()}')
    w = weights[:, None, None]
    if method == 'avg':
        return (w * stacked).sum(0) / weights.sum()
    if method == 'mul':
        return np.exp((w * np.log(np.clip(stacked, 1e-12, None))).sum(0))
    return (w * stacked).max(0)


def evaluate_scores(scores: np.ndarray, labels: np.ndarray,
                    topk: Sequence[int] = (1, 5)) -> Dict[str, float]:
    """Top-k accuracies and mean class accuracy of ``(N, K)`` scores."""
    topk = [k for k in topk if k <= scores.shape[1]]
    accs = top_k_accuracy(scores, labels, topk)
    metrics = {f'top{k}': float(a) for k, a in zip(topk, accs)}
    pred = scores.argmax(axis=1)
    metrics['mean_class_accuracy'] = float(np.mean(
        [np.mean(pred[labels == c] == c) for c in np.unique(labels)]))
    return metrics


def fuse_dumps(paths: Sequence[str],
               weights: Optional[Sequence[float]] = None,
               methods: Sequence[str] = METHODS,
               topk: Sequence[int] = (1, 5)) -> Dict[str, Dict[str, float]]:
    """Evaluate each dump alone and every fusion method over all of them.

    Returns:
        dict: ``{path: metrics, ..., 'fused_avg': metrics, ...}``; a single
        dump is only evaluated.

    Raises:
        ValueError: Dumps differ in length or ground-truth labels (they must
            come from the same test set in the same order).
    """
    loaded: List[Tuple[np.ndarray, np.ndarray]] = [load_dump(p) for p in paths]
    labels = loaded[0][1]
    for path, (_, other) in zip(paths[1:], loaded[1:]):
        if other.shape != labels.shape or np.any(other != labels):
            raise ValueError(f'{path} does not have the same samples and '
                             f'labels as {paths[0]}')
    probs = [to_probabilities(s) for s, _ in loaded]
    report = {p: evaluate_scores(s, labels, topk)
              for p, s in zip(paths, probs)}
    for method in methods if len(paths) > 1 else ():
        fused = fuse_scores(probs, weights, method)
        report[f'fused_{method}'] = evaluate_scores(fused, labels, topk)
    return report


def fuse_runs(paths: Sequence[str],
              runs: int,
              weights: Optional[Sequence[float]] = None,
              methods: Sequence[str] = METHODS,
              topk: Sequence[int] = (1, 5)) -> Dict[str, Dict[str, Dict]]:
    """:func:`fuse_dumps` over repeated runs (seeds) of every model.

    Args:
        paths (Sequence[str]): ``M * runs`` dumps, model by model: the runs
            of the first model, then those of the second, ...; run ``r`` of
            every model is fused with run ``r`` of the others.
        runs (int): Runs per model.

    Returns:
        dict: ``{name: {metric: dict(mean, std, runs)}}`` where ``name`` is
        the first dump of each model or ``fused_{method}``, ``runs`` the
        metric of every run and ``std`` their sample standard deviation (0
        for a single run).

    Raises:
        ValueError: ``len(paths)`` is not a multiple of ``runs``, or the
            dumps of one run differ in samples or labels.
    """
    if runs < 1 or len(paths) % runs:
        raise ValueError(f'{len(paths)} dumps cannot be split into models '
                         f'of {runs} runs each')
    models = [list(paths[i:i + runs]) for i in range(0, len(paths), runs)]
    per_run = []
    for r in range(runs):
        report = fuse_dumps([m[r] for m in models], weights, methods, topk)
        run = {m[0]: report[m[r]] for m in models}
        run.update((k, v) for k, v in report.items() if k.startswith('fused_'))
        per_run.append(run)
    summary = {}
    for name, metrics in per_run[0].items():
        summary[name] = {}
        for metric in metrics:
            values = np.array([run[name][metric] for run in per_run])
            summary[name][metric] = dict(
                mean=float(values.mean()),
                std=float(values.std(ddof=1)) if runs > 1 else 0.,
                runs=values.tolist())
    return summary
