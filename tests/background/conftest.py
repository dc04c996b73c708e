"""Fixtures of the background tests: demo clips with their true masks and a
tiny fixed-camera video."""
import numpy as np
import pytest


@pytest.fixture(scope='session')
def demo_clip():
    """A 6-frame 112 px demo clip (boxing, in place) and its true masks."""
    from mmaction_har.demo.person_masks import demo_clip_masks
    return demo_clip_masks(seed=0, subject=0, action='boxing', clip=0,
                           num_frames=6, size=112)


def fixed_camera_video(num_frames=24, height=72, width=96, seed=0):
    """A textured still background crossed by an upright ellipse.

    Returns:
        tuple: RGB uint8 frames (T, H, W, 3) and bool true masks (T, H, W).
    """
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    background = np.stack([
        (((xx // 8) + (yy // 8)) % 2) * 90 + 60,
        np.full_like(xx, 140), 40 + yy * 2], -1).astype(np.uint8)
    cx = np.linspace(10, width - 10, num_frames)[:, None, None]
    masks = ((xx - cx) / 7.0) ** 2 + ((yy - height / 2) / 22.0) ** 2 <= 1
    frames = np.where(masks[..., None], np.array([200, 40, 200], np.uint8),
                      background)
    noise = rng.normal(0, 2, frames.shape)
    return np.clip(frames + noise, 0, 255).astype(np.uint8), masks
