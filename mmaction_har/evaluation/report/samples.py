"""Per-sample predictions: ids from the test dataset, top-5 names and scores.

The dump is in dataset order, so sample ``i`` is ``get_data_info(i)`` of the
test dataset built from the config (pipeline emptied: only annotations are
read). Its id is the pose ``frame_dir`` or the video ``filename`` (relative
to ``data_prefix``), with the frame range for KTH-style subsequences.
"""
import copy
import csv
import io
import os.path as osp
import pickle
import warnings
from typing import List, Optional, Sequence

import numpy as np

from ...errors import HarError
from ...utils import atomic_write


def _strip_pipelines(dataset):
    if isinstance(dataset, (list, tuple)):
        return [_strip_pipelines(d) for d in dataset]
    dataset = dict(dataset)
    for key in ('dataset', 'datasets'):
        if key in dataset:
            dataset[key] = _strip_pipelines(dataset[key])
    if 'pipeline' in dataset:
        dataset['pipeline'] = []
    return dataset


def _sample_id(info: dict, prefix: Optional[str]) -> str:
    if info.get('frame_dir') is not None:
        sid = str(info['frame_dir'])
    else:
        sid = str(info.get('filename', ''))
    if prefix and sid.startswith(prefix):
        sid = osp.relpath(sid, prefix)
    if info.get('frame_range') is not None:
        start, end = info['frame_range']
        sid += f'[{int(start) + 1}-{int(end) + 1}]'
    return sid


def sample_ids(cfg, num_samples: int) -> tuple:
    """Ids of the test samples and where they come from.

    Returns:
        tuple: ``(ids, source)``. If the test dataset cannot be built (e.g.
        the annotation file is not on this machine) the ids are the indices
        ``'0', '1', ...`` and ``source`` says why.

    Raises:
        HarError: The dataset has another number of samples than the dump
            (the config is not the one that produced it).
    """
    from mmaction.registry import DATASETS
    loader = cfg.get('test_dataloader') or {}
    if not loader.get('dataset'):
        return [str(i) for i in range(num_samples)], 'index (no test dataset)'
    ds_cfg = _strip_pipelines(copy.deepcopy(loader['dataset']))
    try:
        dataset = DATASETS.build(ds_cfg)
    except Exception as err:  # noqa: BLE001 (any failure: fall back)
        reason = f'{type(err).__name__}: {err}'.splitlines()[0]
        warnings.warn(f'sample ids are indices: cannot build the test '
                      f'dataset ({reason})')
        return ([str(i) for i in range(num_samples)],
                f'index (test dataset not built: {reason})')
    if len(dataset) != num_samples:
        raise HarError(f'the dump has {num_samples} samples but the test '
                       f'dataset of the config has {len(dataset)}: is it '
                       'the config that produced the dump?')
    prefix = (ds_cfg.get('data_prefix') or {}).get('video')
    ids = [_sample_id(dataset.get_data_info(i), prefix)
           for i in range(num_samples)]
    return ids, f'test dataset ({type(dataset).__name__})'


def sample_rows(ids: Sequence[str], scores: np.ndarray, ranks: np.ndarray,
                labels: np.ndarray, true_names: Sequence[str],
                model_names: Sequence[str], k: int = 5) -> List[dict]:
    """One dict per sample: id, true class, top-``k`` names and scores."""
    k = min(k, scores.shape[1])
    rows = []
    for i, sid in enumerate(ids):
        top = ranks[i, :k]
        rows.append(dict(
            index=i, sample_id=sid, true_label=int(labels[i]),
            true_name=str(true_names[labels[i]]),
            pred_label=int(top[0]), pred_name=str(model_names[top[0]]),
            topk_labels=[int(c) for c in top],
            topk_names=[str(model_names[c]) for c in top],
            topk_scores=[float(scores[i, c]) for c in top],
            scores=scores[i].astype(np.float32)))
    return rows


def write_samples(rows: List[dict], pkl_path: str, csv_path: str,
                  ood: bool) -> None:
    """Write the rows as a pickle (full scores) and a CSV (top-k only)."""
    with atomic_write(pkl_path, 'wb') as f:
        pickle.dump(rows, f, protocol=4)
    k = len(rows[0]['topk_labels']) if rows else 0
    header = ['index', 'sample_id', 'true_label', 'true_name', 'pred_name']
    if not ood:
        header.append('correct')
    for j in range(1, k + 1):
        header += [f'top{j}_name', f'top{j}_score']
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator='\n')
    writer.writerow(header)
    for r in rows:
        line = [r['index'], r['sample_id'], r['true_label'], r['true_name'],
                r['pred_name']]
        if not ood:
            line.append(int(r['pred_label'] == r['true_label']))
        for name, score in zip(r['topk_names'], r['topk_scores']):
            line += [name, f'{score:.6g}']
        writer.writerow(line)
    with atomic_write(csv_path) as f:
        f.write(buf.getvalue())
