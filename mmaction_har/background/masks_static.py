"""Foreground masks for a fixed camera (KTH-style): background models.

* ``median``: the per-pixel median of up to 64 evenly spaced frames is the
  background; a pixel is foreground where some channel differs from it by
  more than ``threshold`` (after a light blur against codec noise).
* ``mog2``: OpenCV's Gaussian-mixture model, first learned over the whole
  video, then applied with learning frozen (so a person who stands still is
  not absorbed into the background); shadows count as background. Its
  background ratio is 0.6 (OpenCV: 0.9): a colour seen at a pixel in up to
  40 % of the frames (a person passing by) stays foreground.

Both clean the result with a morphological opening and closing and drop
blobs smaller than ``min_area`` of the frame. They fail by design on moving
cameras (panning, zooming): use ``seg`` or ``pose`` there.
"""
import cv2
import numpy as np

from ..errors import HarError

STATIC_MODELS = ('median', 'mog2')
_MEDIAN_FRAMES = 64
_MOG2_BACKGROUND_RATIO = 0.6


def _clean(mask, min_area):
    """Open, close, and drop small components of a uint8 0/1 mask."""
    side = max(mask.shape)
    k = max(3, int(round(side / 64)) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, 8)
    keep = stats[:, cv2.CC_STAT_AREA] >= min_area * mask.size
    keep[0] = False
    return keep[labels]


def median_background(frames):
    """Per-pixel median (h, w, 3) of up to 64 evenly spaced frames."""
    inds = np.unique(np.linspace(0, len(frames) - 1,
                                 min(len(frames), _MEDIAN_FRAMES)).astype(int))
    return np.median(frames[inds], axis=0).astype(np.uint8)


def static_scores(frames, model='median', threshold=25, min_area=0.002):
    """Foreground masks (T, h, w) float32 in {0, 1} of a fixed-camera video.

    Args:
        frames (np.ndarray): RGB uint8 (T, h, w, 3), the whole video.
        model (str): ``median`` or ``mog2``.
        threshold (float): ``median``: per-channel difference (0-255) above
            which a pixel is foreground. ``mog2``: its ``varThreshold``.
        min_area (float): Smallest kept blob, as a fraction of the frame.
    """
    if model not in STATIC_MODELS:
        raise HarError(f'static model must be one of {STATIC_MODELS}, '
                       f'got {model!r}')
    frames = np.asarray(frames)
    out = np.zeros(frames.shape[:3], np.float32)
    if model == 'median':
        background = cv2.GaussianBlur(median_background(frames), (3, 3), 0)
        for i, frame in enumerate(frames):
            diff = cv2.absdiff(cv2.GaussianBlur(frame, (3, 3), 0), background)
            fg = (diff.max(-1) > threshold).astype(np.uint8)
            out[i] = _clean(fg, min_area)
        return out
    sub = cv2.createBackgroundSubtractorMOG2(
        history=len(frames), varThreshold=float(threshold),
        detectShadows=True)
    sub.setBackgroundRatio(_MOG2_BACKGROUND_RATIO)
    for frame in frames:
        sub.apply(frame)
    for i, frame in enumerate(frames):
        fg = (sub.apply(frame, learningRate=0) == 255).astype(np.uint8)
        out[i] = _clean(fg, min_area)
    return out
