"""Report metrics on a hand-built prediction set with known answers.

Four model classes a, b, c, d; seven test samples. Class d has no test
sample but is predicted once; class c is never predicted. Each row of
``RANKS`` lists the classes of one sample from best to worst score.
"""
import numpy as np
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.evaluation.report.groups import group_ranks, read_groups
from mmaction_har.evaluation.report.metrics import (compute_metrics,
                                                    metrics_from_ranks,
                                                    rank_classes)
from mmaction_har.evaluation.report.ood import compute_ood

NAMES = ['a', 'b', 'c', 'd']
A, B, C, D = range(4)
LABELS = np.array([A, A, A, B, B, C, C])
RANKS = np.array([
    [A, B, C, D],   # a: top-1 hit
    [A, C, B, D],   # a: top-1 hit
    [B, C, D, A],   # a: predicted b, a only 4th
    [B, A, C, D],   # b: top-1 hit
    [D, B, A, C],   # b: predicted d (absent class), top-2 hit
    [A, C, B, D],   # c: predicted a, top-2 hit
    [B, A, D, C],   # c: predicted b, c only 4th
])


def scores_from_ranks(ranks):
    """Scores 0.4, 0.3, 0.2, 0.1 in the order of each row of ``ranks``."""
    scores = np.zeros(ranks.shape)
    for i, row in enumerate(ranks):
        scores[i, row] = [0.4, 0.3, 0.2, 0.1]
    return scores


@pytest.fixture(scope='module')
def metrics():
    return compute_metrics(scores_from_ranks(RANKS), LABELS, NAMES)


def test_rank_classes_breaks_ties_by_class_index():
    ranks = rank_classes(np.array([[0.2, 0.4, 0.4, 0.0]]))
    assert ranks.tolist() == [[1, 2, 0, 3]]


def test_topk_accuracy(metrics):
    s = metrics['summary']
    assert s['top1'] == pytest.approx(3 / 7)
    assert s['top2'] == pytest.approx(5 / 7)
    assert s['top3'] == pytest.approx(5 / 7)
    assert 'top5' not in s          # more than the 4 classes
    assert metrics['topk'] == [1, 2, 3]


def test_mean_class_accuracy_over_present_classes(metrics):
    s = metrics['summary']
    # recalls a 2/3, b 1/2, c 0; d has no sample and is not averaged in
    assert s['mean_class_accuracy'] == pytest.approx(7 / 18)
    assert s['balanced_accuracy'] == pytest.approx(7 / 18)
    # chance with 3 present classes is 1/3: (7/18 - 1/3) / (2/3)
    assert s['balanced_accuracy_adjusted'] == pytest.approx(1 / 12)
    assert (s['num_present_classes'], s['num_predicted_classes']) == (3, 3)


def test_mmaction_mean_class_accuracy_counts_predicted_absent_class(
        metrics):
    # AccMetric averages over predicted | true labels: d adds a zero
    assert metrics['summary']['mean_class_accuracy_mmaction'] == \
        pytest.approx(7 / 24)


def test_macro_f1_with_a_never_predicted_class(metrics):
    # F1: a 2/3 (P 2/3, R 2/3), b 2/5 (P 1/3, R 1/2), c 0 (never predicted)
    assert metrics['summary']['macro_f1'] == pytest.approx(16 / 45)
    rows = {r['name']: r for r in metrics['per_class']}
    assert rows['c']['predicted'] == 0 and rows['c']['precision'] == 0
    assert rows['b']['f1'] == pytest.approx(2 / 5)


def test_per_class_rows(metrics):
    rows = {r['name']: r for r in metrics['per_class']}
    assert [rows[n]['support'] for n in NAMES] == [3, 2, 2, 0]
    assert [rows[n]['predicted'] for n in NAMES] == [3, 3, 0, 1]
    assert [rows[n]['top1'] for n in NAMES] == pytest.approx(
        [2 / 3, 1 / 2, 0, 0])
    assert [rows[n]['top3'] for n in NAMES] == pytest.approx(
        [2 / 3, 1, 1 / 2, 0])
    assert rows['d']['precision'] == 0 and rows['d']['correct'] == 0


def test_confusion_and_most_confused(metrics):
    cm = np.array(metrics['confusion'])
    assert cm.tolist() == [[2, 1, 0, 0], [0, 1, 0, 1], [1, 1, 0, 0],
                           [0, 0, 0, 0]]
    pairs = [(p['true'], p['pred'], p['count']) for p in metrics['confused']]
    assert pairs == [('a', 'b', 1), ('b', 'd', 1), ('c', 'a', 1),
                     ('c', 'b', 1)]
    assert metrics['confused'][0]['fraction'] == pytest.approx(1 / 3)


def test_group_metrics(tmp_path):
    path = tmp_path / 'groups.csv'
    path.write_text('# class,group\na,first\nb,first\n\nc,"second, '
                    'other"\n3,"second, other"\n')
    names, class_group = read_groups(str(path), NAMES)
    assert names == ['first', 'second, other']
    assert class_group.tolist() == [0, 0, 1, 1]
    ranks = group_ranks(RANKS, class_group, 2)
    assert ranks[:, 0].tolist() == [0, 0, 0, 0, 1, 0, 0]
    g = metrics_from_ranks(ranks, class_group[LABELS], names)
    # group of the top-1 class: 4 of the 5 "first" samples, 0 of 2 "second"
    assert g['summary']['top1'] == pytest.approx(4 / 7)
    assert g['summary']['mean_class_accuracy'] == pytest.approx(0.4)
    assert g['summary']['top2'] == 1.0
    assert g['topk'] == [1, 2]


@pytest.mark.parametrize('text,message', [
    ('a,g\nb,g\nc,g\nx,g\n', 'line 4: \'x\' is not a class'),
    ('a,g\nb,g\nc,g\n', '1 classes have no group: d'),
    ('a,g\na,h\n', 'line 2: class \'a\' is mapped twice'),
    ('a;g\n', 'line 1: expected "class,group"'),
])
def test_bad_groups_file(tmp_path, text, message):
    path = tmp_path / 'groups.txt'
    path.write_text(text)
    with pytest.raises(HarError, match=message):
        read_groups(str(path), NAMES)


def test_groups_json_and_missing_file(tmp_path):
    path = tmp_path / 'groups.json'
    path.write_text('{"a": "x", "b": "x", "c": "y", "d": "y"}')
    assert read_groups(str(path), NAMES)[1].tolist() == [0, 0, 1, 1]
    with pytest.raises(MissingFileError, match='groups file'):
        read_groups(str(tmp_path / 'none.csv'), NAMES)


def test_ood_table():
    # test classes x, y, z (z absent); top-1 predictions from RANKS
    test_labels = np.array([0, 0, 0, 1, 1, 1, 0])
    ood = compute_ood(test_labels, RANKS, ['x', 'y', 'z'], NAMES, top=2)
    # x: a, a, b, b -> a 2, b 2 (tie: lower model index first); y: b, d, a
    assert ood['table'] == [
        dict(true='x', support=4, predictions=[
            dict(pred='a', count=2, fraction=0.5),
            dict(pred='b', count=2, fraction=0.5)]),
        dict(true='y', support=3, predictions=[
            dict(pred='a', count=1, fraction=pytest.approx(1 / 3)),
            dict(pred='b', count=1, fraction=pytest.approx(1 / 3))]),
    ]
    assert ood['counts'][1] == [1, 1, 0, 1]
    assert ood['summary']['num_present_classes'] == 2
    assert ood['summary']['num_predicted_classes'] == 3
