"""Skeleton normalisation: centring on a root joint and scaling to body size.

All transforms here work on ``results['keypoint']`` of shape
``(M, T, V, C)`` (persons, frames, joints, coordinates; ``C`` is 2 for image
keypoints, 3 for Kinect/NTU camera-space joints).
"""
from typing import Dict, Sequence, Union

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS


def detected_mask(keypoint: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Joints that were detected: not all coordinates (near) zero.

    Args:
        keypoint (np.ndarray): ``(..., V, C)`` coordinates.
        eps (float): Coordinates with absolute value below ``eps`` count as
            zero; OpenPose writes ``(0, 0)`` for an undetected point.

    Returns:
        np.ndarray: Boolean ``(..., V)``.
    """
    return np.abs(keypoint).max(axis=-1) > eps


@TRANSFORMS.register_module()
class NormalizeSkeleton(BaseTransform):
    """Centre a skeleton on a root joint and scale it to a unit body size.

    The origin is the mean of ``center_joints``, taken either in every frame
    (``center_mode='frame'``: global motion is removed) or once, in the first
    frame where they are detected (``'first'``: global motion is kept). The
    unit length is the median over frames of the distance between the two
    ``scale_joints`` (e.g. hip centre and shoulder centre). Undetected joints
    (all coordinates below ``eps``) are set to zero and ignored in both
    statistics.

    For clips where no joint is always in view (Penn Action: a third of its
    sequences lose the hips or shoulders out of the frame), both can come
    from the bounding box of the detected joints instead: its centre is the
    origin (``center_joints=None``) and the median over frames of its longer
    side the unit (``scale_joints='box'``).

    Required Keys: keypoint. Modified Keys: keypoint.

    Args:
        center_joints (int | Sequence[int], optional): Joint index(es) of
            the origin; None: the centre of the detected joints' bounding
            box. UTD-MHAD/Kinect v1: hip centre ``3``; NTU: spine base
            ``0``; OpenPose BODY_25: MidHip ``8``, COCO-18: neck ``1``.
        center_mode (str): ``'first'`` or ``'frame'``. Defaults to
            ``'first'``.
        scale_joints (Sequence[int] | str, optional): Two joints whose
            distance is the unit length, ``'box'`` (the longer side of the
            detected joints' bounding box), or ``None`` to keep the scale.
            Defaults to None.
        eps (float): Threshold for "undetected" (see :func:`detected_mask`);
            Penn Action writes out-of-frame joints at about (1, 1) px, so
            ``eps=2`` there.
    """

    def __init__(self,
                 center_joints: Union[int, Sequence[int], None] = 0,
                 center_mode: str = 'first',
                 scale_joints: Union[Sequence[int], str, None] = None,
                 eps: float = 1e-6) -> None:
        assert center_mode in ('first', 'frame'), center_mode
        if isinstance(center_joints, int):
            center_joints = [center_joints]
        self.center_joints = (None if center_joints is None else
                              list(center_joints))
        self.center_mode = center_mode
        assert scale_joints in (None, 'box') or len(scale_joints) == 2
        self.scale_joints = scale_joints
        self.eps = eps

    @staticmethod
    def _box(kp: np.ndarray, valid: np.ndarray):
        """Corners ``(M, T, C)`` of the detected joints' bounding box."""
        low = np.where(valid[..., None], kp, np.inf).min(axis=2)
        high = np.where(valid[..., None], kp, -np.inf).max(axis=2)
        return low, high

    def _origin(self, kp: np.ndarray, valid: np.ndarray) -> np.ndarray:
        """Origin ``(M, T, 1, C)`` from the centre joints or the box."""
        if self.center_joints is None:
            root_valid = valid.any(-1)  # M, T
            low, high = self._box(kp, valid)
            with np.errstate(invalid='ignore'):  # inf - inf: no joint seen
                centre = (low + high) / 2
            origin = np.where(root_valid[..., None], centre, 0.)[:, :, None]
        else:
            root = kp[:, :, self.center_joints]  # M, T, J, C
            root_valid = valid[:, :, self.center_joints].all(-1)  # M, T
            origin = root.mean(axis=2, keepdims=True)  # M, T, 1, C
        if self.center_mode == 'frame':
            return origin * root_valid[..., None, None]
        out = np.zeros_like(origin)
        for m in range(kp.shape[0]):
            frames = np.flatnonzero(root_valid[m])
            if frames.size:
                out[m] = origin[m, frames[0]]
        return out

    def _scale(self, kp: np.ndarray, valid: np.ndarray) -> float:
        if self.scale_joints == 'box':
            seen = valid.any(-1)
            if not seen.any():
                return 1.
            low, high = self._box(kp, valid)
            dist = (high - low).max(-1)[seen]
        else:
            a, b = self.scale_joints
            both = valid[..., a] & valid[..., b]
            if not both.any():
                return 1.
            dist = np.linalg.norm(kp[..., a, :] - kp[..., b, :],
                                  axis=-1)[both]
        scale = float(np.median(dist))
        return scale if scale > self.eps else 1.

    def transform(self, results: Dict) -> Dict:
        kp = results['keypoint'].astype(np.float32)
        valid = detected_mask(kp, self.eps)
        kp = kp - self._origin(kp, valid)
        if self.scale_joints is not None:
            kp = kp / self._scale(kp, valid)
        results['keypoint'] = (kp * valid[..., None]).astype(np.float32)
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(center_joints='
                f'{self.center_joints}, center_mode={self.center_mode!r}, '
                f'scale_joints={self.scale_joints})')
