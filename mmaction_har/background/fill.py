"""What replaces the background: a constant colour, a blur or noise.

Fills are functions of the frame, its mask, the video's key and the frame's
index only, so the stripping tool (all frames) and the
:class:`ApplyPersonMask` transform (sampled frames) produce the same pixels.
Noise is seeded by ``(seed, crc32(key), frame index)``: reproducible, and
different in every frame and video (a fixed pattern would be a cue).
"""
import zlib
from dataclasses import dataclass

import cv2
import numpy as np

from ..errors import HarError

FILL_NAMES = ('black', 'blur', 'noise')
#: Gaussian sigma of the ``blur`` fill, as a fraction of the longer side.
BLUR_SIGMA = 0.04


@dataclass(frozen=True)
class Fill:
    """A parsed fill: ``kind`` is ``colour``, ``blur`` or ``noise``."""
    kind: str
    colour: tuple = (0, 0, 0)
    seed: int = 0

    def __str__(self):
        if self.kind == 'colour':
            return 'black' if self.colour == (0, 0, 0) else ','.join(
                map(str, self.colour))
        return self.kind


def parse_fill(text, seed=0):
    """``black``, ``blur``, ``noise`` or ``R,G,B`` (0-255) -> :class:`Fill`.

    Raises:
        HarError: anything else.
    """
    if isinstance(text, Fill):
        return text
    text = str(text).strip().lower()
    if text == 'black':
        return Fill('colour', (0, 0, 0), seed)
    if text in ('blur', 'noise'):
        return Fill(text, seed=seed)
    parts = text.split(',')
    try:
        colour = tuple(int(p) for p in parts)
    except ValueError:
        colour = ()
    if len(colour) != 3 or not all(0 <= c <= 255 for c in colour):
        raise HarError(f'fill must be one of {", ".join(FILL_NAMES)} or '
                       f'R,G,B with values 0-255, got {text!r}')
    return Fill('colour', colour, seed)


def noise_frame(shape, key, index, seed=0):
    """Uniform RGB noise (H, W, 3) for frame ``index`` of video ``key``."""
    rng = np.random.default_rng(
        [seed, zlib.crc32(str(key).encode()), int(index)])
    return rng.integers(0, 256, size=tuple(shape), dtype=np.uint8)


def blur_frame(frame):
    """The frame under a strong Gaussian blur (sigma = 4 % of its size)."""
    sigma = BLUR_SIGMA * max(frame.shape[:2])
    return cv2.GaussianBlur(frame, (0, 0), sigmaX=sigma, sigmaY=sigma,
                            borderType=cv2.BORDER_REFLECT)


def apply_fill(frames, masks, fill, key='', inds=None):
    """Replace the background of RGB frames.

    Args:
        frames (np.ndarray | list): uint8 (N, H, W, 3) or N such arrays.
        masks (np.ndarray): bool (N, H, W), True on the person (kept).
        fill (Fill | str): The replacement.
        key (str): Video key of the noise seed (the video's file stem).
        inds (Sequence[int] | None): Frame indices of the noise seed;
            None: 0..N-1.

    Returns:
        list[np.ndarray]: New frames, uint8 (H, W, 3).
    """
    fill = parse_fill(fill)
    inds = range(len(frames)) if inds is None else inds
    out = []
    for frame, mask, index in zip(frames, masks, inds):
        if frame.shape[:2] != mask.shape:
            raise HarError(f'mask of shape {mask.shape} does not match a '
                           f'frame of shape {frame.shape[:2]}')
        if fill.kind == 'colour':
            background = np.array(fill.colour, np.uint8)
        elif fill.kind == 'blur':
            background = blur_frame(frame)
        else:
            background = noise_frame(frame.shape, key, index, fill.seed)
        out.append(np.where(mask[..., None], frame, background))
    return out
