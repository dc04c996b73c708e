"""Mask clean-up shared by all methods: temporal smoothing and dilation.

Methods return per-pixel person scores in [0, 1] at mask resolution
(T, h, w); :func:`finish_masks` smooths them over time, thresholds them and
dilates the result.
"""
import cv2
import numpy as np
from scipy.ndimage import uniform_filter1d


def smooth_scores(scores, frames):
    """Centred moving average over ``frames`` frames (1: unchanged).

    Flicker of a segmenter (a limb lost for one frame) is voted away; the
    window shrinks at the ends of the video (``nearest`` padding).
    """
    scores = np.asarray(scores, np.float32)
    if frames <= 1 or len(scores) < 2:
        return scores
    return uniform_filter1d(scores, size=int(frames), axis=0, mode='nearest')


def dilate(masks, radius):
    """Grow bool masks (T, h, w) by ``radius`` pixels (elliptic element)."""
    masks = np.asarray(masks, bool)
    radius = int(round(radius))
    if radius <= 0:
        return masks
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE,
                                       (2 * radius + 1, 2 * radius + 1))
    out = np.empty_like(masks)
    for i, m in enumerate(masks.view(np.uint8)):
        out[i] = cv2.dilate(m, kernel).astype(bool)
    return out


def finish_masks(scores, smooth=1, dilate_px=0.0, scale=1.0, threshold=0.5):
    """Scores (T, h, w) -> bool masks: smooth, threshold, dilate.

    Args:
        scores (np.ndarray): Person scores in [0, 1], (T, h, w).
        smooth (int): Temporal window in frames.
        dilate_px (float): Dilation in source-frame pixels.
        scale (float): Mask pixels per source pixel (converts ``dilate_px``).
        threshold (float): Score above which a pixel is the person.
    """
    masks = smooth_scores(scores, smooth) > threshold
    return dilate(masks, dilate_px * scale)
