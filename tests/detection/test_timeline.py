"""Timeline merging on hand-built score sequences."""
import numpy as np
import pytest

from mmaction_har.detection.thresholds import (load_thresholds,
                                               parse_class_thresholds)
from mmaction_har.detection.timeline import (merge_segments,
                                             threshold_vector, window_labels)
from mmaction_har.errors import HarError

NAMES = ['rest', 'clean', 'cut']


def _windows(n, window=10.0, stride=5.0):
    starts = np.arange(n) * stride
    return starts, starts + window


def _segments(scores, thresholds=(0.0, 0.5, 0.5), mode='top1', ignore=(0, ),
              **kw):
    scores = np.asarray(scores, float)
    starts, ends = _windows(len(scores))
    labels = window_labels(scores, np.asarray(thresholds), mode, ignore)
    return [(s.start, s.end, s.label, round(s.score, 4))
            for s in merge_segments(starts, ends, scores, labels, NAMES,
                                    **kw)]


def test_consecutive_windows_merge_with_mean_score():
    scores = [[0.9, 0.1, 0.0],
              [0.2, 0.7, 0.1],
              [0.1, 0.8, 0.1],
              [0.3, 0.6, 0.1],
              [0.8, 0.1, 0.1]]
    assert _segments(scores) == [(5.0, 25.0, 'clean', 0.7)]


def test_thresholds_per_class_and_top1_versus_multi():
    scores = [[0.1, 0.55, 0.35],
              [0.1, 0.3, 0.6],
              [0.0, 0.45, 0.55]]
    # 'clean' needs 0.6: window 0 is unlabelled in top1 mode.
    assert _segments(scores, thresholds=(0, 0.6, 0.5)) == [
        (5.0, 20.0, 'cut', 0.575)]
    # multi: each class on its own, with its own threshold.
    assert _segments(scores, thresholds=(0, 0.4, 0.5), mode='multi') == [
        (0.0, 10.0, 'clean', 0.55), (5.0, 20.0, 'cut', 0.575),
        (10.0, 20.0, 'clean', 0.45)]


def test_gap_bridging_and_min_duration():
    on, off = [0.0, 0.9, 0.1], [0.9, 0.1, 0.0]
    scores = [on, on, off, on, off, off, off, on]
    # Without bridging: three segments.
    assert _segments(scores) == [(0.0, 15.0, 'clean', 0.9),
                                 (15.0, 25.0, 'clean', 0.9),
                                 (35.0, 45.0, 'clean', 0.9)]
    # One missed window (5 s of starts) is bridged, three are not.
    assert _segments(scores, max_gap=5.0) == [(0.0, 25.0, 'clean', 0.9),
                                              (35.0, 45.0, 'clean', 0.9)]
    assert _segments(scores, max_gap=15.0) == [(0.0, 45.0, 'clean', 0.9)]
    # Segments shorter than 15 s are dropped.
    assert _segments(scores, min_duration=15.0) == [
        (0.0, 15.0, 'clean', 0.9)]


def test_no_windows_and_ignored_class():
    assert _segments(np.zeros((0, 3))) == []
    assert _segments([[0.9, 0.1, 0.0]], ignore=()) == [
        (0.0, 10.0, 'rest', 0.9)]


def test_threshold_sources(tmp_path):
    vec = threshold_vector(NAMES, 0.3, {'cut': 0.7})
    np.testing.assert_allclose(vec, [0.3, 0.3, 0.7])
    with pytest.raises(HarError, match="unknown class 'knife'"):
        threshold_vector(NAMES, 0.3, {'knife': 0.7})
    assert parse_class_thresholds(['cut=0.25']) == {'cut': 0.25}
    with pytest.raises(HarError, match='NAME=VALUE'):
        parse_class_thresholds(['cut:0.25'])
    path = tmp_path / 't.json'
    path.write_text('{"class": "cut", "threshold": 0.42, "ignore": ["rest"]}')
    assert load_thresholds(str(path)) == ({'cut': 0.42}, ['rest'])
    path.write_text('{"clean": "high"}')
    with pytest.raises(HarError, match="threshold of 'clean'"):
        load_thresholds(str(path))
