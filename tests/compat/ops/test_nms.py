"""NMS on mmcv-lite against a brute-force reference written from its
definition, through mmcv's own wrappers (``nms``, ``batched_nms``)."""
import numpy as np
import pytest
import torch
from mmcv.ops import batched_nms, nms

from mmaction_har.compat import ops


def reference_nms(boxes, scores, thr, offset=0):
    """Greedy NMS with plain Python floats, boxes visited by score."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    kept = []
    for i in order:
        x1, y1, x2, y2 = boxes[i]
        keep = True
        for j in kept:
            a1, b1, a2, b2 = boxes[j]
            w = max(0.0, min(x2, a2) - max(x1, a1) + offset)
            h = max(0.0, min(y2, b2) - max(y1, b1) + offset)
            inter = w * h
            union = ((x2 - x1 + offset) * (y2 - y1 + offset) +
                     (a2 - a1 + offset) * (b2 - b1 + offset) - inter)
            if inter / union > thr:
                keep = False
                break
        if keep:
            kept.append(i)
    return kept


def clustered_boxes(seed, num=60):
    """Boxes around a few centres (many overlaps) and their scores."""
    rng = np.random.RandomState(seed)
    centres = rng.uniform(20, 200, (5, 2))
    xy = centres[rng.randint(0, 5, num)] + rng.normal(0, 6, (num, 2))
    wh = rng.uniform(10, 40, (num, 2))
    boxes = np.concatenate([xy - wh / 2, xy + wh / 2], 1).astype(np.float64)
    scores = rng.uniform(0, 1, num).round(2)  # rounded: ties happen
    return boxes, scores


@pytest.mark.parametrize('seed', range(4))
@pytest.mark.parametrize('offset', (0, 1))
@pytest.mark.parametrize('thr', (0.3, 0.7))
def test_nms_matches_reference(seed, offset, thr):
    boxes, scores = clustered_boxes(seed)
    expected = reference_nms(boxes.tolist(), scores.tolist(), thr, offset)
    assert 1 < len(expected) < len(boxes)  # suppression happened
    dets, inds = nms(torch.from_numpy(boxes), torch.from_numpy(scores),
                     thr, offset=offset)
    assert inds.tolist() == expected
    np.testing.assert_allclose(dets[:, :4].numpy(), boxes[expected])
    np.testing.assert_allclose(dets[:, 4].numpy(), scores[expected])


def test_nms_numpy_score_threshold_and_max_num():
    boxes, scores = clustered_boxes(7)
    boxes, scores = boxes.astype(np.float32), scores.astype(np.float32)
    above = np.flatnonzero(scores > 0.4)
    kept = reference_nms(boxes[above].tolist(), scores[above].tolist(), 0.5)
    expected = above[kept][:5]
    dets, inds = nms(boxes, scores, 0.5, score_threshold=0.4, max_num=5)
    assert isinstance(inds, np.ndarray) and inds.tolist() == expected.tolist()
    assert dets.shape == (5, 5)


def test_batched_nms_is_per_class():
    boxes, scores = clustered_boxes(3)
    labels = np.random.RandomState(3).randint(0, 3, len(boxes))
    expected = []
    for label in range(3):
        idx = np.flatnonzero(labels == label)
        expected += idx[reference_nms(boxes[idx].tolist(),
                                      scores[idx].tolist(), 0.5)].tolist()
    dets, keep = batched_nms(torch.from_numpy(boxes),
                             torch.from_numpy(scores),
                             torch.from_numpy(labels),
                             dict(type='nms', iou_threshold=0.5))
    assert sorted(keep.tolist()) == sorted(expected)
    # sorted by score, as mmcv documents
    assert (dets[:-1, 4] >= dets[1:, 4]).all()


def test_empty_and_single():
    empty = torch.zeros((0, 4))
    assert ops.nms(empty, torch.zeros(0), 0.5).tolist() == []
    one = torch.tensor([[0., 0., 1., 1.]])
    assert ops.nms(one, torch.tensor([0.3]), 0.5).tolist() == [0]
