"""The true person mask of a demo-corpus clip (for measuring mask IoU).

The demo renderer draws each figure from its keypoints only
(:class:`~mmaction_har.demo.render.FigurePainter`), so drawing the
same figure again in white on a black canvas gives its exact silhouette.
Depth only decides the drawing order and shading, which do not change the
union of the parts, so it is set to 0. ``figure_px`` and ``yaw_deg`` come
from the clip's metadata (rounded to 0.01: sub-pixel effect). A pixel
counts as the person where the anti-aliased figure covers at least half of
it.
"""
import numpy as np

from .clip import render_clip, subject_body
from .render import FigurePainter


class _SilhouettePainter(FigurePainter):
    """The figure in a single colour (white): its coverage, not its look."""

    def _col(self, colour, factor, grow):
        return (255, 255, 255)


def figure_masks(clip, body):
    """bool (T, S, S) true masks of a rendered :class:`Clip`.

    Args:
        clip (Clip): A clip from :func:`render_clip`.
        body (Body): The subject's body (:func:`subject_body`).
    """
    meta = clip.meta
    painter = _SilhouettePainter(body, meta['figure_px'],
                                 float(np.sin(np.deg2rad(meta['yaw_deg']))))
    canvas = np.zeros(clip.frames.shape, np.uint8)
    depth = np.zeros(clip.keypoint.shape[1])
    for frame, kp in zip(canvas, clip.keypoint):
        painter.draw(frame, kp, depth)
    return canvas[..., 0] >= 128


def demo_clip_masks(seed, subject, action, clip, num_frames, size,
                    height_range=(0.45, 0.8)):
    """Re-render a demo corpus clip; return ``(Clip, true masks)``.

    Arguments as in :func:`make_demo_corpus`: the same ones give the same
    clip as the one in the corpus (clips are seeded individually).
    """
    body = subject_body(seed, subject, height_range)
    rendered = render_clip(seed, subject, action, clip, num_frames, size,
                           body=body)
    return rendered, figure_masks(rendered, body)


def mask_iou(pred, true):
    """Intersection over union of two bool mask stacks (1.0 if both empty)."""
    pred, true = np.asarray(pred, bool), np.asarray(true, bool)
    union = np.logical_or(pred, true).sum()
    return 1.0 if union == 0 else float(np.logical_and(pred, true).sum()
                                        / union)
