"""Read the prediction dump of ``tools/test.py --dump PREDS.pkl``.

MMAction2 1.x (``DumpResults``) writes a list, in dataset order, of
``ActionDataSample.to_dict()`` dicts: ``pred_score`` (tensor ``(K, )``),
``pred_label`` and ``gt_label`` (tensors ``(1, )``), ``num_classes`` and the
sample's metainfo (e.g. ``img_shape``). No sample id is stored: ids come from
the test dataset built from the config (see :mod:`.samples`).
"""
import os.path as osp
from typing import Tuple

import numpy as np

from ...errors import HarError, MissingFileError


def _array(value) -> np.ndarray:
    if hasattr(value, 'detach'):
        value = value.detach().cpu().numpy()
    return np.asarray(value)


def load_predictions(path: str) -> Tuple[np.ndarray, np.ndarray]:
    """Scores ``(N, K)`` float64 and labels ``(N, )`` int64 of a dump.

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: The file is not a non-empty list of single-label samples
            with ``pred_score`` ``(K, )`` and ``gt_label``; the message names
            the first bad sample.
    """
    import mmengine
    if not osp.isfile(path):
        raise MissingFileError('prediction dump', path)
    try:
        results = mmengine.load(path, file_format='pkl')
    except Exception as err:  # unpickling raises many types
        raise HarError(f'cannot read prediction dump {path}: '
                       f'{type(err).__name__}: {err}') from err
    if not isinstance(results, list) or not results:
        raise HarError(f'{path}: expected a non-empty list of samples '
                       '(tools/test.py --dump), got '
                       f'{type(results).__name__}')
    scores, labels = [], []
    for i, sample in enumerate(results):
        if not isinstance(sample, dict) or 'pred_score' not in sample \
                or 'gt_label' not in sample:
            raise HarError(f'{path}: sample {i} has no pred_score/gt_label')
        if isinstance(sample['pred_score'], dict):
            raise HarError(f'{path}: sample {i} has one score per stream '
                           f'({", ".join(sample["pred_score"])}); fuse them '
                           'first (tools/analysis/fuse_scores.py)')
        score = _array(sample['pred_score']).astype(np.float64)
        label = _array(sample['gt_label']).reshape(-1)
        expected = scores[0].shape if scores else None
        if score.ndim != 1 or (expected and score.shape != expected):
            raise HarError(f'{path}: sample {i} pred_score has shape '
                           f'{score.shape}, expected {expected or "(K,)"}')
        if label.size != 1:
            raise HarError(f'{path}: sample {i} has {label.size} labels; '
                           'reports support single-label data only')
        scores.append(score)
        labels.append(int(label[0]))
    return np.stack(scores), np.asarray(labels, np.int64)
