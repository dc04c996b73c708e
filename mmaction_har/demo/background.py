"""Random backgrounds for the demo clips: solid, gradient, stripes, checker.

A background can pan horizontally (a camera following a walker), so it is
built as a wider texture and cropped per frame.
"""
import numpy as np

BACKGROUND_KINDS = ('solid', 'gradient', 'stripes', 'checker')


def _colour(rng, avoid, min_dist):
    """A random RGB colour at least ``min_dist`` from each of ``avoid``."""
    best, best_dist = None, -1.0
    for _ in range(30):
        c = rng.integers(0, 256, size=3)
        dist = min((np.linalg.norm(c - np.asarray(a)) for a in avoid),
                   default=np.inf)
        if dist >= min_dist:
            return c.astype(np.float32)
        if dist > best_dist:
            best, best_dist = c, dist
    return best.astype(np.float32)


def _second_colour(rng, first, avoid, min_dist):
    """A colour near ``first`` (a texture of modest contrast)."""
    for _ in range(30):
        c = np.clip(first + rng.normal(0, 45, size=3), 0, 255)
        if all(np.linalg.norm(c - np.asarray(a)) >= min_dist for a in avoid):
            return c.astype(np.float32)
    return first.copy()


def make_background(rng, size, num_frames, pan=None, avoid=(), min_dist=70.0,
                    ground_row=None):
    """Draw a background and return it for every frame.

    Args:
        rng (np.random.Generator): The clip's generator.
        size (int): Frame side S in pixels.
        num_frames (int): T.
        pan (np.ndarray | None): Horizontal camera offset per frame in pixels,
            shape (T,); the texture moves by ``-pan``. None: static.
        avoid (Sequence[tuple]): RGB colours (e.g. the clothes) the
            background colours keep ``min_dist`` away from.
        min_dist (float): Minimum RGB distance to each colour of ``avoid``.
        ground_row (float | None): Pixel row of the subject's soles; a floor,
            if drawn, starts a little above it. None: anywhere.

    Returns:
        tuple[np.ndarray, dict]: Frames, uint8 RGB (T, S, S, 3), and a
        description (``kind``, ``floor``) for the corpus metadata.
    """
    kind = BACKGROUND_KINDS[rng.integers(len(BACKGROUND_KINDS))]
    pan = np.zeros(num_frames) if pan is None else np.asarray(pan, float)
    shift = np.round(pan - pan.min()).astype(int)
    width = size + int(shift.max()) + 1
    yy, xx = np.mgrid[0:size, 0:width].astype(np.float32)
    # Texture scale follows the frame size, but stays coarse enough in small
    # frames to survive the lossy video codec.
    scale = max(size, 96) / 112
    a = _colour(rng, avoid, min_dist)
    if kind == 'solid':
        tex = np.broadcast_to(a, (size, width, 3))
    else:
        b = _second_colour(rng, a, avoid, min_dist)
        if kind == 'gradient':
            angle = rng.uniform(0, np.pi)
            proj = xx * np.cos(angle) + yy * np.sin(angle)
            w = (proj - proj.min()) / max(np.ptp(proj), 1.0)
            w = np.clip(w * size / max(width, size), 0, 1)
        elif kind == 'stripes':
            angle = rng.choice([0.0, np.pi / 2, np.pi / 4, -np.pi / 4])
            period = rng.uniform(6, 20) * scale
            proj = xx * np.cos(angle) + yy * np.sin(angle)
            w = (np.sin(2 * np.pi * proj / period) > 0).astype(np.float32)
        else:
            cell = max(3, int(rng.uniform(6, 16) * scale))
            w = (((xx // cell) + (yy // cell)) % 2).astype(np.float32)
        tex = a + w[..., None] * (b - a)
    floor = bool(rng.uniform() < 0.5)
    tex = np.array(tex, dtype=np.float32)
    if floor:
        if ground_row is None:
            horizon = size * rng.uniform(0.55, 0.8)
        else:
            horizon = ground_row - size * rng.uniform(0.05, 0.3)
        horizon = int(np.clip(horizon, 0.3 * size, 0.95 * size))
        ground = _colour(rng, avoid, min_dist)
        depth = np.linspace(0.85, 1.1, size - horizon, dtype=np.float32)
        tex[horizon:] = np.clip(ground * depth[:, None], 0, 255)[:, None]
    tex = np.clip(tex, 0, 255).astype(np.uint8)
    frames = np.stack([tex[:, s:s + size] for s in shift])
    return frames, dict(kind=kind, floor=floor)
