"""Turning a sample and its CAMs into captioned video panels.

RGB models: the CAM over the frames the model saw. PoseC3D: the CAM over
the rendered input (keypoint heatmaps plus skeleton) and, when the video is
given, warped back onto the original frames.
"""
import numpy as np

from ..errors import HarError
from .render import (caption, display_size, draw_skeleton, heatmap_image,
                     normalize, overlay, resize)


def class_lines(result, names, label=None):
    """Caption lines: ``pred NAME p | gt NAME`` and ``CAM of NAME``
    (``running``, or ``class 2`` without class names)."""
    def name(i):
        return names[i] if i is not None and 0 <= i < len(names) else str(i)
    text = f'pred {name(result.pred)} {result.probs[result.pred]:.2f}'
    if label is not None:
        text += f' | gt {name(label)}'
    return [text, f'CAM of {name(result.target)}']


def _resize_video(video, size):
    return np.stack([resize(f, size) for f in video])


def base_frames(sample, size):
    """What the model saw, (T, h, w, 3) uint8 at display ``size``."""
    if sample.kind == 'rgb':
        return _resize_video(sample.frames, size)
    h1, w1 = sample.geometry.input_shape
    scale = (size[1] / w1, size[0] / h1)
    frames = []
    for t in range(len(sample.heatmaps)):
        img = resize(heatmap_image(sample.heatmaps[t]), size)
        img = (img * 0.6).astype(np.uint8)
        draw_skeleton(img, sample.keypoint[:, t], sample.keypoint_score[:, t],
                      scale=scale, thick=max(1, size[0] // 90))
        frames.append(img)
    return np.stack(frames)


def cam_panel(sample, cam, size, alpha=0.5):
    """CAM (T, H, W) of view 0 over the model input at display ``size``."""
    cam01 = normalize(cam)
    cam01 = np.stack([resize(c, size) for c in cam01])
    return overlay(base_frames(sample, size), cam01, alpha)


def video_panel(sample, cam, frames, short_side, alpha=0.5):
    """CAM warped from the input onto original frames (T, H0, W0, 3).

    Outside the input's field of view (e.g. beyond PoseCompact's crop) the
    frame is shown as is.
    """
    geometry = sample.geometry
    if tuple(frames.shape[1:3]) != tuple(geometry.original_shape):
        raise HarError(f'video frames are {frames.shape[1:3]} but the sample '
                       f'was annotated on {geometry.original_shape} frames')
    size = display_size(frames.shape[1:3], short_side)
    cam01 = normalize(cam)
    warped = np.stack([geometry.warp_to_original(c, size) for c in cam01])
    seen = geometry.warp_to_original(
        np.ones(geometry.input_shape, np.float32), size) > 0.5
    mask = np.broadcast_to(seen, warped.shape)
    return overlay(_resize_video(frames, size), warped, alpha, mask)


def render_result(sample, result, names, title='', frames=None,
                  short_side=224, alpha=0.5):
    """Captioned panels of every target layer, side by side per layer.

    Args:
        sample (Sample): The sample.
        result (CamResult): Its CAMs.
        names (list[str]): Class names.
        title (str): Model name shown first in each caption.
        frames (np.ndarray | None): Original frames at the sampled indices
            (pose samples only): adds the CAM on the video.
        short_side (int): Display size of the short side.

    Returns:
        list[np.ndarray]: (T, H, W, 3) uint8 panels.
    """
    h1, w1 = (sample.frames.shape[1:3] if sample.kind == 'rgb'
              else sample.geometry.input_shape)
    size = display_size((h1, w1), short_side)
    lines = class_lines(result, names, sample.label)
    panels = []
    for layer_title, cam in result.maps.items():
        head = ' '.join(p for p in (title, layer_title) if p)
        layer = result.layers[layer_title]
        if layer not in layer_title:
            head += f' ({layer})'
        view = cam[0]
        panel = cam_panel(sample, view, size, alpha)
        panels.append(_caption_video(panel, [head] + lines))
        if frames is not None and sample.kind == 'pose':
            panel = video_panel(sample, view, frames, short_side, alpha)
            panels.append(_caption_video(panel,
                                         [head + ' on video'] + lines))
    return panels


def _caption_video(video, lines):
    return np.stack([caption(f, lines) for f in video])
