"""Greedy non-maximum suppression, the ``mmcv._ext.nms`` kernel.

Same contract as mmcv's CPU/CUDA kernel: boxes ``(N, 4)`` as
``x1, y1, x2, y2`` with widths ``x2 - x1 + offset``; visit boxes by
descending score, keep a box unless its IoU with an already kept box is
above ``iou_threshold``; return the kept indices (int64, by descending
score). Ties in score are visited in index order (a stable sort; mmcv's
kernel leaves their order unspecified). ``mmcv.ops.nms``, ``batched_nms``
and so mmdet's and mmpose's post-processing call it through mmcv's own
wrappers.
"""
import torch


def _iou(box, boxes, offset):
    """IoU of ``box`` (4,) with each of ``boxes`` (M, 4) -> (M,)."""
    area = (box[2] - box[0] + offset) * (box[3] - box[1] + offset)
    areas = (boxes[:, 2] - boxes[:, 0] + offset) * (
        boxes[:, 3] - boxes[:, 1] + offset)
    w = (torch.minimum(boxes[:, 2], box[2]) -
         torch.maximum(boxes[:, 0], box[0]) + offset).clamp(min=0)
    h = (torch.minimum(boxes[:, 3], box[3]) -
         torch.maximum(boxes[:, 1], box[1]) + offset).clamp(min=0)
    inter = w * h
    return inter / (area + areas - inter)


def nms(boxes, scores, iou_threshold, offset=0):
    """Indices of the boxes kept by greedy NMS.

    Args:
        boxes (torch.Tensor): (N, 4) ``x1, y1, x2, y2``.
        scores (torch.Tensor): (N,).
        iou_threshold (float): A box overlapping a kept one by more is
            dropped.
        offset (int): 0 or 1, added to widths and heights.

    Returns:
        torch.Tensor: (K,) int64 indices into ``boxes``, by descending score.
    """
    if boxes.numel() == 0:
        return boxes.new_empty((0, ), dtype=torch.long)
    order = torch.sort(scores, descending=True, stable=True)[1]
    ordered = boxes[order]
    suppressed = torch.zeros(len(order), dtype=torch.bool,
                             device=boxes.device)
    kept = []
    for i in range(len(order)):
        if suppressed[i]:
            continue
        kept.append(i)
        if i + 1 < len(order):
            overlap = _iou(ordered[i], ordered[i + 1:], offset)
            suppressed[i + 1:] |= overlap > iou_threshold
    return order[torch.tensor(kept, dtype=torch.long, device=boxes.device)]
