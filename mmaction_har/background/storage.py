"""Compact per-video mask files (``.npz``): low-resolution, bit-packed.

A mask file holds the binary person masks of every frame of one video at a
reduced resolution (longest side at most ``mask_size``), packed 8 pixels per
byte and zlib-compressed: a 300-frame 1080p video takes tens of kilobytes.
Both the stripping tool and the :class:`ApplyPersonMask` transform expand a
stored mask to frame size with :func:`upsample_masks`, so both paths blank
exactly the same pixels.

Keys: ``bits`` (packed uint8), ``shape`` (T, h, w), ``frame_shape`` (H, W),
``fps``, ``meta`` (JSON text: method and options).
"""
import json
import os.path as osp
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..errors import HarError, MissingFileError
from ..utils.io import atomic_write

MASK_SUFFIX = '.npz'
_KEYS = ('bits', 'shape', 'frame_shape', 'fps', 'meta')


def mask_shape(height, width, max_side):
    """(h, w) of the stored masks: the frame scaled so that its longest side
    is at most ``max_side`` (never enlarged)."""
    scale = min(1.0, max_side / max(height, width))
    return (max(1, int(round(height * scale))),
            max(1, int(round(width * scale))))


def upsample_masks(masks, frame_shape):
    """Expand bool masks (N, h, w) to (N, H, W).

    Bilinear interpolation of 0/255 then a threshold at half: smooth edges,
    deterministic (OpenCV's fixed-point resize), identical wherever it runs.
    """
    masks = np.asarray(masks, bool)
    height, width = frame_shape
    if masks.shape[1:] == (height, width):
        return masks.copy()
    out = np.empty((len(masks), height, width), bool)
    for i, m in enumerate(masks.view(np.uint8) * np.uint8(255)):
        out[i] = cv2.resize(m, (width, height),
                            interpolation=cv2.INTER_LINEAR) >= 128
    return out


@dataclass
class MaskVolume:
    """Person masks of one video.

    Attributes:
        masks: bool (T, h, w), True on the person.
        frame_shape: (H, W) of the video frames.
        fps: Frame rate of the video.
        meta: Method and options that made the masks.
    """
    masks: np.ndarray
    frame_shape: tuple
    fps: float
    meta: dict = field(default_factory=dict)

    @property
    def num_frames(self):
        return len(self.masks)

    def full_res(self, inds):
        """bool masks (N, H, W) of frames ``inds`` at frame size."""
        return upsample_masks(self.masks[np.asarray(inds, int)],
                              self.frame_shape)


def save_masks(path, volume):
    """Write ``volume`` to ``path`` atomically."""
    masks = np.asarray(volume.masks, bool)
    with atomic_write(path, 'wb') as f:
        np.savez_compressed(
            f, bits=np.packbits(masks.reshape(-1)),
            shape=np.array(masks.shape, np.int64),
            frame_shape=np.array(volume.frame_shape, np.int64),
            fps=np.array(volume.fps, np.float64),
            meta=np.array(json.dumps(volume.meta, sort_keys=True)))


def load_masks(path):
    """Read a mask file written by :func:`save_masks`.

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: the file is not a mask file (names the missing key or the
            inconsistent shape).
    """
    if not osp.isfile(path):
        raise MissingFileError('mask file', path,
                               'write it with tools/data/strip_background.py')
    try:
        with np.load(path, allow_pickle=False) as data:
            missing = [k for k in _KEYS if k not in data.files]
            if missing:
                raise HarError(f'mask file {path}: missing key(s) '
                               f'{missing}; expected {list(_KEYS)}')
            bits, shape = data['bits'], tuple(int(s) for s in data['shape'])
            frame_shape = tuple(int(s) for s in data['frame_shape'])
            fps, meta = float(data['fps']), json.loads(str(data['meta']))
    except (OSError, ValueError) as err:
        raise HarError(f'cannot read mask file {path}: {err}') from err
    if len(shape) != 3 or bits.size * 8 < int(np.prod(shape)):
        raise HarError(f'mask file {path}: {bits.size} packed bytes cannot '
                       f'hold masks of shape {shape} (expected (T, h, w))')
    masks = np.unpackbits(bits, count=int(np.prod(shape))).astype(bool)
    return MaskVolume(masks.reshape(shape), frame_shape, fps, meta)
