"""Skeleton augmentation for small datasets: random rotation and per-axis
scaling, and random temporal crops.

MMAction2 1.2 has no skeleton augmentation besides the frame jitter of
``UniformSampleFrames`` (pyskl's ``RandomRot``/``RandomScale`` were not
ported), hence these.
"""
from typing import Dict, Sequence

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS
from .skeleton_normalize import detected_mask


def rotation_matrix(angles: Sequence[float]) -> np.ndarray:
    """Rotation ``Rz @ Ry @ Rx`` for Euler angles ``(ax, ay, az)`` (radians).

    Returns:
        np.ndarray: ``(3, 3)`` float32.
    """
    ax, ay, az = angles
    cx, sx, cy, sy, cz, sz = (np.cos(ax), np.sin(ax), np.cos(ay), np.sin(ay),
                              np.cos(az), np.sin(az))
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return (rz @ ry @ rx).astype(np.float32)


@TRANSFORMS.register_module()
class RandomRotateScaleSkeleton(BaseTransform):
    """Rotate a (centred) skeleton sequence and scale each axis at random.

    One rotation and one scale vector are drawn per sample and applied to all
    persons and frames. For 2D keypoints (``C == 2``) only the in-plane angle
    ``max_angles[2]`` is used. Undetected (all-zero) joints stay zero. Apply
    after :class:`NormalizeSkeleton` so that the rotation is about the body.

    Required Keys: keypoint ``(M, T, V, C)``. Modified Keys: keypoint.

    Args:
        max_angles (Sequence[float]): Largest absolute rotation about the
            x, y and z axes, in degrees. Defaults to ``(10, 30, 10)``: small
            tilts, larger turns about the vertical (y) axis of Kinect data.
        scale_range (Sequence[float]): Range of the per-axis scale factors.
            Defaults to ``(0.9, 1.1)``.
    """

    def __init__(self,
                 max_angles: Sequence[float] = (10., 30., 10.),
                 scale_range: Sequence[float] = (0.9, 1.1)) -> None:
        assert len(max_angles) == 3 and len(scale_range) == 2
        self.max_angles = np.deg2rad(np.asarray(max_angles, np.float64))
        self.scale_range = tuple(scale_range)

    def transform(self, results: Dict) -> Dict:
        kp = results['keypoint'].astype(np.float32)
        dims = min(kp.shape[-1], 3)
        valid = detected_mask(kp[..., :dims])
        angles = np.random.uniform(-self.max_angles, self.max_angles)
        if dims == 2:
            rot = rotation_matrix((0., 0., angles[2]))[:2, :2]
        else:
            rot = rotation_matrix(angles)
        scale = np.random.uniform(*self.scale_range, size=dims)
        xyz = kp[..., :dims] @ (rot.T * scale[None, :]).astype(np.float32)
        kp[..., :dims] = xyz * valid[..., None]
        results['keypoint'] = kp
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(max_angles='
                f'{np.rad2deg(self.max_angles).tolist()}, '
                f'scale_range={self.scale_range})')


@TRANSFORMS.register_module()
class RandomTemporalCropSkeleton(BaseTransform):
    """Keep a random run of consecutive frames of a skeleton sequence.

    The run covers a fraction of the ``T`` frames drawn uniformly from
    ``ratio_range`` (at least ``min_frames``), at a random start. Place it
    before the frame sampler (``UniformSampleFrames``), which then samples
    ``clip_len`` frames from the run: a temporal crop with resizing, as the
    crop-and-resize augmentation of skeleton recognisers.

    Required Keys: keypoint ``(M, T, V, C)``, total_frames; keypoint_score
    ``(M, T, V)`` if present. Modified Keys: keypoint, keypoint_score,
    total_frames.

    Args:
        ratio_range (Sequence[float]): Smallest and largest kept fraction.
            Defaults to ``(0.5, 1.0)``.
        min_frames (int): Never keep fewer frames (unless the sequence is
            shorter). Defaults to 8.
    """

    def __init__(self,
                 ratio_range: Sequence[float] = (0.5, 1.),
                 min_frames: int = 8) -> None:
        low, high = ratio_range
        assert 0 < low <= high <= 1, ratio_range
        self.ratio_range = (low, high)
        self.min_frames = min_frames

    def transform(self, results: Dict) -> Dict:
        num_frames = results['keypoint'].shape[1]
        length = int(round(num_frames * np.random.uniform(*self.ratio_range)))
        length = min(max(length, self.min_frames), num_frames)
        start = np.random.randint(0, num_frames - length + 1)
        for key in ('keypoint', 'keypoint_score'):
            if key in results:
                results[key] = results[key][:, start:start + length]
        results['total_frames'] = length
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(ratio_range={self.ratio_range}, '
                f'min_frames={self.min_frames})')
