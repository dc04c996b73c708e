"""Threshold selection on validation scores."""
import json
import pickle

import numpy as np
import pytest
import torch

from mmaction_har.detection.thresholds import load_thresholds
from mmaction_har.detection.threshold_selection import (choose_threshold,
                                                        pr_curve,
                                                        select_threshold)
from mmaction_har.errors import HarError


def test_curve_on_hand_built_scores():
    scores = [0.9, 0.8, 0.8, 0.6, 0.4, 0.3, 0.1]
    positive = [1, 1, 0, 1, 0, 0, 0]
    curve = pr_curve(scores, np.array(positive, bool))
    # Ties (0.8) form one point.
    np.testing.assert_allclose(curve.thresholds, [0.9, 0.8, 0.6, 0.4, 0.3,
                                                  0.1])
    np.testing.assert_allclose(curve.precision, [1, 2 / 3, 3 / 4, 3 / 5,
                                                 3 / 6, 3 / 7])
    np.testing.assert_allclose(curve.recall, [1 / 3, 2 / 3, 1, 1, 1, 1])
    assert curve.thresholds[choose_threshold(curve)] == 0.6  # best F1
    assert curve.thresholds[choose_threshold(curve, min_precision=0.9)] \
        == 0.9
    assert curve.thresholds[choose_threshold(curve, min_recall=0.6)] == 0.6
    with pytest.raises(HarError, match='positive and negative'):
        pr_curve([0.1, 0.2], np.array([True, True]))


def test_from_dumped_predictions_to_detector_thresholds(tmp_path):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, 40)
    p1 = np.clip(0.35 * labels + rng.uniform(0, 0.65, 40), 0, 1)
    dumped = [dict(pred_score=torch.tensor([1 - p, p]),
                   gt_label=torch.tensor([int(y)]))
              for p, y in zip(p1, labels)]
    pkl = tmp_path / 'val.pkl'
    pkl.write_bytes(pickle.dumps(dumped))
    out = tmp_path / 'thr.json'
    png = tmp_path / 'pr.png'
    result = select_threshold(str(pkl), str(out), str(png),
                              ['rest', 'archery'])
    saved = json.loads(out.read_text())
    assert saved == result
    assert saved['class'] == 'archery' and saved['ignore'] == ['rest']
    predicted = p1 >= saved['threshold']
    tp = (predicted & (labels == 1)).sum()
    assert saved['precision'] == pytest.approx(tp / predicted.sum())
    assert saved['recall'] == pytest.approx(tp / (labels == 1).sum())
    assert png.read_bytes()[:4] == b'\x89PNG'
    assert load_thresholds(str(out)) == ({'archery': saved['threshold']},
                                         ['rest'])


def test_csv_input_and_errors(tmp_path):
    path = tmp_path / 's.csv'
    path.write_text('score,label\n0.9,1\n0.2,0\n0.7,0\n')
    r = select_threshold(str(path), str(tmp_path / 't.json'))
    assert r['threshold'] == 0.9 and r['f1'] == 1.0
    path.write_text('prob,y\n0.9,1\n')
    with pytest.raises(HarError, match='expected CSV columns score,label'):
        select_threshold(str(path), str(tmp_path / 't.json'))


def test_tool(tmp_path, capsys):
    import importlib.util
    import os.path as osp

    from ..conftest import REPO
    spec = importlib.util.spec_from_file_location('select_threshold', osp.join(
        REPO, 'tools', 'analysis', 'select_threshold.py'))
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    scores = tmp_path / 's.csv'
    scores.write_text('score,label\n0.9,1\n0.8,1\n0.6,0\n0.4,1\n0.1,0\n')
    classes = tmp_path / 'classes.txt'
    classes.write_text('rest\nknife\n')
    out = tmp_path / 'thr.json'
    assert tool.main([str(scores), str(out), '--classes', str(classes),
                      '--min-precision', '1']) == 0
    assert json.loads(out.read_text())['threshold'] == 0.8
    assert 'knife: threshold 0.8000 (min_precision=1.0)' in \
        capsys.readouterr().out
