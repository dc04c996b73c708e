"""One demo clip: motion, camera placement, background and rendering.

Each clip is drawn from its own generator, seeded by ``(seed, subject,
action, clip)``, so a clip does not depend on which other clips are made or
in which order.
"""
from dataclasses import dataclass

import numpy as np

from . import skeleton as sk
from .background import make_background
from .body import sample_body
from .kinematics import yaw_project
from .motion import GAIT_STYLES, simulate
from .render import FigurePainter

#: Defaults of :func:`render_clip`: the share of a walker's speed shown as
#: motion across the frame, and the cap of that travel (fraction of S).
TRACK = 0.5
MAX_TRAVEL = 0.7
_MARGIN = 0.02  # of the frame side, kept free around in-place figures
_EXTENT_PAD = 0.07  # standing heights around the keypoints (head, limbs)


def subject_rng(seed, subject):
    """Generator of a subject's body (independent of clips)."""
    return np.random.default_rng([seed, 0, subject])


def clip_rng(seed, subject, action, clip):
    """Generator of one clip (``action`` is the label index)."""
    return np.random.default_rng([seed, 1, subject, action, clip])


def subject_body(seed, subject, height_range=(0.45, 0.8)):
    """The body of ``subject`` for this seed (same in all its clips)."""
    return sample_body(subject_rng(seed, subject), height_range)


@dataclass
class Clip:
    """A rendered clip.

    Attributes:
        frames: RGB uint8 frames, (T, S, S, 3).
        background: The background alone (before noise), (T, S, S, 3).
        keypoint: Pixel keypoints (x, y), float32 (T, 17, 2), COCO-17 order.
        keypoint_score: float32 (T, 17): 1 inside the frame, 0 outside.
        meta: JSON-able clip parameters.
    """
    frames: np.ndarray
    background: np.ndarray
    keypoint: np.ndarray
    keypoint_score: np.ndarray
    meta: dict


def _yaw(action, rng):
    """Facing angle (radians) of a clip: gait sideways, others mixed."""
    sign = 1.0 if rng.uniform() < 0.5 else -1.0
    if action in GAIT_STYLES:
        deg = 90 - rng.uniform(0, 15)
    elif action == 'boxing':
        deg = rng.uniform(45, 90)
    else:
        deg = rng.uniform(0, 25)
    return sign * np.deg2rad(deg)


def _place(xy, px_per_h, size, rng):
    """Offsets (x0, y0) mapping height units (y up) to pixels (y down).

    Keeps the padded keypoint extent inside the frame where it fits, else
    centres it (a gait path wider than the frame).
    """
    lo = xy.reshape(-1, 2).min(0) - _EXTENT_PAD
    hi = xy.reshape(-1, 2).max(0) + _EXTENT_PAD
    m = _MARGIN * size
    x_lo, x_hi = m - lo[0] * px_per_h, size - m - hi[0] * px_per_h
    x0 = rng.uniform(x_lo, x_hi) if x_hi > x_lo else (x_lo + x_hi) / 2
    # y0 is the pixel row of height 0 (the soles); rows grow downwards.
    y_lo, y_hi = m + hi[1] * px_per_h, size - m + lo[1] * px_per_h
    y0 = rng.uniform(y_lo, y_hi) if y_hi > y_lo else (y_lo + y_hi) / 2
    return x0, y0


def render_clip(seed, subject, action, clip, num_frames=50, size=112,
                fps=25.0, body=None, track=TRACK, max_travel=MAX_TRAVEL):
    """Generate one clip.

    Args:
        seed (int): Corpus seed.
        subject (int): Subject index (body and colours).
        action (str): One of :data:`~.skeleton.CLASSES`.
        clip (int): Clip index of this subject and action.
        num_frames (int): T.
        size (int): Frame side S in pixels.
        fps (float): Frame rate.
        body (Body | None): The subject's body; None draws it from the seed.
        track (float): Fraction of a walker's speed that shows as motion
            across the frame; the rest shows as the background panning (a
            camera following the subject).
        max_travel (float): Cap of the walker's travel across the frame over
            the clip, as a fraction of S.

    Returns:
        Clip: Frames, background, keypoints and metadata.
    """
    if action not in sk.CLASSES:
        raise ValueError(f'action must be one of {sk.CLASSES}, got {action!r}')
    label = sk.CLASSES.index(action)
    rng = clip_rng(seed, subject, label, clip)
    if body is None:
        body = subject_body(seed, subject)
    motion = simulate(action, body, num_frames, fps, rng)
    yaw = _yaw(action, rng)
    xy, depth = yaw_project(motion.joints, yaw)
    facing = float(np.sin(yaw))

    px_per_h = body.height_frac * size * rng.uniform(0.93, 1.07)
    # Shrink figures that do not fit the frame (gait: only the height).
    ext = np.ptp(xy.reshape(-1, 2), axis=0) + 2 * _EXTENT_PAD
    fit = (1 - 2 * _MARGIN) * size / px_per_h
    limit = ext[1] if action in GAIT_STYLES else ext.max()
    if limit > fit:
        px_per_h *= fit / limit

    # Walkers: part of the speed moves the figure across the frame, the rest
    # pans the background (pixels; `pan` is the camera offset per frame).
    t = np.arange(num_frames) / fps
    speed_px = motion.world_speed * abs(facing) * px_per_h
    travel = min(track * speed_px * t[-1], max_travel * size)
    screen_v = travel / t[-1]
    direction = 1.0 if facing >= 0 else -1.0
    pan = direction * (speed_px - screen_v) * t
    xy = xy.copy()
    xy[..., 0] += (direction * screen_v * t / px_per_h)[:, None]
    x0, y0 = _place(xy, px_per_h, size, rng)

    kp = np.empty_like(xy)
    kp[..., 0] = x0 + xy[..., 0] * px_per_h
    kp[..., 1] = y0 - xy[..., 1] * px_per_h
    jitter = rng.uniform(0.002, 0.006) * px_per_h
    kp += rng.normal(0, jitter, size=kp.shape)
    kp = kp.astype(np.float32)
    inside = ((kp >= 0) & (kp <= size - 1)).all(-1)

    avoid = (body.skin, body.shirt, body.pants, body.hair)
    background, bg_meta = make_background(rng, size, num_frames, pan=pan,
                                          avoid=avoid, ground_row=y0)
    frames = background.copy()
    painter = FigurePainter(body, px_per_h, facing)
    for i in range(num_frames):
        painter.draw(frames[i], kp[i], depth[i])
    noise = float(rng.uniform(0, 6))
    if noise > 0.5:
        grain = rng.standard_normal(frames.shape, dtype=np.float32) * noise
        frames = np.clip(frames + grain, 0, 255).astype(np.uint8)

    if action in GAIT_STYLES:
        direction_name = 'right' if facing >= 0 else 'left'
    else:
        direction_name = ('front' if abs(facing) < 0.26 else
                          'right' if facing > 0 else 'left')
    meta = dict(
        subject=subject, action=action, label=label, clip=clip,
        direction=direction_name, yaw_deg=round(float(np.rad2deg(yaw)), 2),
        figure_px=round(float(px_per_h), 2),
        travel_px=round(float(travel), 2),
        pan_px=round(float(abs(pan[-1])) if num_frames else 0.0, 2),
        background=bg_meta['kind'], floor=bg_meta['floor'],
        noise_sigma=round(noise, 3), jitter_px=round(float(jitter), 3),
        visible_frac=round(float(inside.mean()), 4), **motion.params)
    return Clip(frames=frames, background=background, keypoint=kp,
                keypoint_score=inside.astype(np.float32), meta=meta)
