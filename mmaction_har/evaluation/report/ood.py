"""Out-of-domain tables: what the model predicts for each test class.

When the test set's classes are not the model's (BAST avatar or kinesphere
recordings, KTH -> child without a mapping), accuracy has no meaning. The
table lists, for each ground-truth class of the test set, its support and
its most frequent top-1 predictions (model classes) with counts.
"""
from typing import Sequence

import numpy as np


def prediction_counts(labels: np.ndarray, preds: np.ndarray,
                      num_test: int, num_model: int) -> np.ndarray:
    """Counts ``(T, K)``: test class ``t`` predicted as model class ``k``."""
    flat = np.asarray(labels, np.int64) * num_model + np.asarray(
        preds, np.int64)
    return np.bincount(flat, minlength=num_test * num_model).reshape(
        num_test, num_model)


def ood_table(counts: np.ndarray, test_names: Sequence[str],
              model_names: Sequence[str], top: int = 3) -> list:
    """One row per test class with support: its ``top`` predictions.

    Predictions are ordered by count, ties by model class index. Returns a
    list of dicts ``{true, support, predictions: [{pred, count, fraction}]}``.
    """
    rows = []
    for t, name in enumerate(test_names):
        support = int(counts[t].sum())
        if not support:
            continue
        order = np.argsort(-counts[t], kind='stable')[:top]
        preds = [dict(pred=str(model_names[k]), count=int(counts[t, k]),
                      fraction=float(counts[t, k] / support))
                 for k in order if counts[t, k] > 0]
        rows.append(dict(true=str(name), support=support, predictions=preds))
    return rows


def compute_ood(labels: np.ndarray, ranks: np.ndarray,
                test_names: Sequence[str], model_names: Sequence[str],
                top: int = 3) -> dict:
    """The out-of-domain part of the report.

    Returns:
        dict: ``table`` (see :func:`ood_table`), ``counts`` (``T x K`` list)
        and ``summary`` (samples, test classes present, model classes used).
    """
    counts = prediction_counts(labels, ranks[:, 0], len(test_names),
                               len(model_names))
    summary = dict(num_samples=int(len(labels)),
                   num_test_classes=len(test_names),
                   num_present_classes=int((counts.sum(1) > 0).sum()),
                   num_model_classes=len(model_names),
                   num_predicted_classes=int((counts.sum(0) > 0).sum()))
    return dict(summary=summary,
                table=ood_table(counts, test_names, model_names, top),
                counts=counts.tolist())
