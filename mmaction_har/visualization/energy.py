"""How much of a CAM lies on the person: energy share vs. area share.

For a CAM ``c`` (T, H, W) >= 0 and a person mask ``m`` (T, H, W), the
energy share is ``sum(c * m) / sum(c)`` and the area share ``mean(m)``.
A map that ignores the person scores about its area share; their ratio
(``concentration``) is 1 for such a map and > 1 when the model looks at the
person. The random baseline is uniform noise drawn at the target layer's
resolution and upsampled like the CAM, so it is as smooth as the CAM.

Person masks come from pose keypoints (a padded box or the limbs drawn
thick) or from a mask file (``.npy``/``.npz`` array (T, H, W) or a video,
non-zero = person) in original-frame coordinates.
"""
import os.path as osp

import cv2
import numpy as np
import torch

from ..errors import HarError, MissingFileError
from .gradcam import upsample
from .render import limbs

MASK_MODES = ('bbox', 'limbs')


def keypoint_mask(keypoint, score, shape, mode='bbox', pad=0.15,
                  threshold=0.05):
    """Person mask from keypoints in mask coordinates.

    Args:
        keypoint (np.ndarray): (M, T, V, 2) pixel (x, y).
        score (np.ndarray | None): (M, T, V); joints below ``threshold``
            are ignored.
        shape (tuple): (H, W) of the mask.
        mode (str): ``bbox``: the keypoints' box grown by ``pad`` of its
            size on each side; ``limbs``: limbs drawn ``pad`` x the box
            height thick, plus a disc at each joint.

    Returns:
        np.ndarray: bool (T, H, W).
    """
    if mode not in MASK_MODES:
        raise HarError(f'mask mode must be one of {MASK_MODES}, got {mode!r}')
    kp = np.asarray(keypoint, dtype=np.float32)
    if kp.ndim != 4 or kp.shape[-1] != 2:
        raise HarError(f'keypoints must be (M, T, V, 2), got {kp.shape}')
    ok = np.ones(kp.shape[:3], bool) if score is None else \
        np.asarray(score) > threshold
    h, w = shape
    mask = np.zeros((kp.shape[1], h, w), np.uint8)
    pairs = limbs(kp.shape[2])
    for t in range(kp.shape[1]):
        for m in range(kp.shape[0]):
            pts = kp[m, t][ok[m, t]]
            if len(pts) == 0:
                continue
            lo, hi = pts.min(0), pts.max(0)
            size = hi - lo
            if mode == 'bbox':
                lo, hi = lo - pad * size, hi + pad * size
                x0, y0 = np.floor(lo).astype(int)
                x1, y1 = np.ceil(hi).astype(int)
                mask[t, max(y0, 0):max(y1, 0), max(x0, 0):max(x1, 0)] = 1
                continue
            thick = max(2, int(round(pad * max(size[1], size[0]))))
            for i, j in pairs:
                if ok[m, t, i] and ok[m, t, j]:
                    cv2.line(mask[t], tuple(np.round(kp[m, t, i]).astype(int)
                                            .tolist()),
                             tuple(np.round(kp[m, t, j]).astype(int)
                                   .tolist()), 1, thick)
            for p in pts:
                cv2.circle(mask[t], tuple(np.round(p).astype(int).tolist()),
                           max(1, thick // 2 + 1), 1, -1)
    return mask.astype(bool)


def load_mask_file(path, frame_inds, geometry):
    """Person mask of the sampled frames from a mask file, in input space.

    Args:
        path (str): ``.npy``/``.npz`` (first array) of shape (T0, H0, W0),
            or a video whose non-black pixels are the person.
        frame_inds (np.ndarray): Sampled frame indices (T, ).
        geometry (Geometry): Original -> input mapping.

    Returns:
        np.ndarray: bool (T, H1, W1).
    """
    if not osp.isfile(path):
        raise MissingFileError('mask file', path)
    ext = osp.splitext(path)[1].lower()
    if ext in ('.npy', '.npz'):
        data = np.load(path)
        if ext == '.npz':
            data = data[data.files[0]]
    else:
        import decord
        reader = decord.VideoReader(path)
        inds = np.clip(frame_inds, 0, len(reader) - 1)
        data = np.zeros((int(inds.max()) + 1, ) + reader[0].shape[:2],
                        np.uint8)
        data[inds] = reader.get_batch(list(inds)).asnumpy().max(-1) > 127
    if data.ndim != 3:
        raise HarError(f'mask file {path}: expected (T, H, W), got '
                       f'{data.shape}')
    if tuple(data.shape[1:]) != tuple(geometry.original_shape):
        raise HarError(f'mask file {path}: frames are {data.shape[1:]}, the '
                       f'video is {geometry.original_shape}')
    if int(frame_inds.max()) >= len(data):
        raise HarError(f'mask file {path}: {len(data)} frames, sample needs '
                       f'frame {int(frame_inds.max())}')
    return np.stack([geometry.warp_to_input((data[i] > 0).astype(np.uint8))
                     for i in frame_inds]).astype(bool)


def energy_share(cam, mask):
    """Energy share, area share and their ratio for one CAM (T, H, W)."""
    cam = np.asarray(cam, dtype=np.float64)
    mask = np.asarray(mask, dtype=bool)
    if cam.shape != mask.shape:
        raise HarError(f'CAM {cam.shape} and mask {mask.shape} differ')
    total = cam.sum()
    area = float(mask.mean())
    energy = float((cam * mask).sum() / total) if total > 0 else float('nan')
    ratio = energy / area if area > 0 else float('nan')
    return dict(energy=energy, area=area, concentration=ratio)


def random_share(mask, feature_shape, num=10, seed=0):
    """Mean energy share of ``num`` random maps drawn at ``feature_shape``.

    Args:
        mask (np.ndarray): bool (T, H, W).
        feature_shape (tuple): (t, h, w) of the target layer.
    """
    gen = torch.Generator().manual_seed(seed)
    noise = torch.rand((1, num) + tuple(feature_shape), generator=gen)
    maps = upsample(noise, mask.shape)[0].numpy()
    return float(np.mean([energy_share(m, mask)['energy'] for m in maps]))
