"""One person detected in one frame, and the box geometry tracking uses."""
from dataclasses import dataclass
from typing import Optional

import numpy as np


@dataclass
class Person:
    """A person candidate of one frame, in pixel coordinates.

    Attributes:
        keypoints (np.ndarray): (V, 2) float32 ``x, y`` in pixels of the
            original frame (V = 17, COCO-17, from the pose backends).
        scores (np.ndarray): (V,) float32 in [0, 1].
        box (np.ndarray): (4,) ``x1, y1, x2, y2``: the detector's box if the
            backend has one, else the box of the confident keypoints.
    """
    keypoints: np.ndarray
    scores: np.ndarray
    box: Optional[np.ndarray] = None

    def __post_init__(self):
        self.keypoints = np.asarray(self.keypoints, np.float32)
        self.scores = np.asarray(self.scores, np.float32)
        if self.box is None:
            self.box = keypoint_box(self.keypoints, self.scores)
        self.box = np.asarray(self.box, np.float32)

    @property
    def mean_score(self):
        return float(self.scores.mean())


def keypoint_box(keypoints, scores, score_thr=0.3):
    """``x1, y1, x2, y2`` of the keypoints scored above ``score_thr``.

    Falls back to all keypoints when fewer than two are confident, so a
    candidate always has a box.
    """
    good = scores > score_thr
    xy = keypoints[good] if good.sum() >= 2 else keypoints
    return np.concatenate([xy.min(axis=0), xy.max(axis=0)])


def box_area(box):
    return float(max(box[2] - box[0], 0) * max(box[3] - box[1], 0))


def box_iou(a, b):
    """Intersection over union of two ``x1, y1, x2, y2`` boxes."""
    inter = box_area(np.concatenate([np.maximum(a[:2], b[:2]),
                                     np.minimum(a[2:], b[2:])]))
    union = box_area(a) + box_area(b) - inter
    return inter / union if union > 0 else 0.0


def box_centre(box):
    return (np.asarray(box[:2]) + np.asarray(box[2:])) / 2


def box_diagonal(box):
    return float(np.hypot(box[2] - box[0], box[3] - box[1]))


def scale_box(box, factor, img_shape=None):
    """Grow ``box`` about its centre by ``factor``; clip to ``(H, W)``."""
    centre = box_centre(box)
    half = (np.asarray(box[2:]) - np.asarray(box[:2])) * factor / 2
    out = np.concatenate([centre - half, centre + half]).astype(np.float32)
    if img_shape is not None:
        h, w = img_shape
        out = np.clip(out, 0, [w, h, w, h]).astype(np.float32)
    return out
