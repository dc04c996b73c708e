"""Keypoint subsets and the handling of undetected (zero) keypoints."""
from typing import Dict, Optional, Sequence

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS
from .skeleton_normalize import detected_mask

# OpenPose BODY_25 without MidHip (8): 24 points whose first 18 are the
# OpenPose COCO-18 order (nose, neck, r/l arm, r/l leg, eyes, ears); the first
# 14 drop the eyes and ears. These are the child-study keypoint sets.
_BODY25_24 = [0, 1, 2, 3, 4, 5, 6, 7] + list(range(9, 25))
KEYPOINT_SUBSETS = {
    'body25_24': _BODY25_24,
    'body25_18': _BODY25_24[:18],
    'body25_14': _BODY25_24[:14],
    'coco18_14': list(range(14)),
}


@TRANSFORMS.register_module()
class SelectKeypoints(BaseTransform):
    """Keep a subset of the joints.

    Required Keys: keypoint ``(M, T, V, C)``, keypoint_score ``(M, T, V)``
    (optional). Modified Keys: the same, with ``V`` reduced.

    Args:
        subset (str, optional): A name in :data:`KEYPOINT_SUBSETS`, e.g.
            ``'body25_18'`` (BODY_25 input, 18 COCO-18-ordered points out).
        indices (Sequence[int], optional): Explicit joint indices; exactly one
            of ``subset`` and ``indices`` is given.
    """

    def __init__(self,
                 subset: Optional[str] = None,
                 indices: Optional[Sequence[int]] = None) -> None:
        assert (subset is None) != (indices is None), \
            'give exactly one of subset and indices'
        if subset is not None:
            if subset not in KEYPOINT_SUBSETS:
                raise KeyError(f'unknown keypoint subset {subset!r}; known: '
                               f'{sorted(KEYPOINT_SUBSETS)}')
            indices = KEYPOINT_SUBSETS[subset]
        self.subset = subset
        self.indices = list(indices)

    def transform(self, results: Dict) -> Dict:
        results['keypoint'] = results['keypoint'][..., self.indices, :]
        if 'keypoint_score' in results:
            results['keypoint_score'] = \
                results['keypoint_score'][..., self.indices]
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(subset={self.subset!r}, '
                f'num_keypoints={len(self.indices)})')


@TRANSFORMS.register_module()
class RemoveUndetectedKeypoints(BaseTransform):
    """Remove near-zero (undetected) keypoints from a pose sequence.

    A keypoint is undetected when all its coordinates are below ``eps`` in
    absolute value (OpenPose writes ``(0, 0, 0)``) or, if ``score_thr`` is
    set, when its score is below ``score_thr``. Two ways to remove them:

    * ``'interpolate'``: replace each undetected point by linear
      interpolation in time between the nearest detected values of the same
      joint (held constant before the first and after the last one); a joint
      never detected stays zero.
    * ``'frame'``: drop the frames in which more than ``max_missing`` of the
      joints (fraction, over all persons) are undetected; if that would drop
      every frame, the sequence is kept unchanged. Updates ``total_frames``.

    Apply before sampling frames. Required Keys: keypoint ``(M, T, V, C)``,
    keypoint_score (optional). Modified Keys: keypoint, keypoint_score,
    total_frames.

    Args:
        mode (str): ``'interpolate'`` or ``'frame'``.
        max_missing (float): For ``'frame'``. Defaults to 0.
        score_thr (float, optional): Score threshold. Defaults to None.
        eps (float): Zero threshold on coordinates. Defaults to 1e-3.
    """

    def __init__(self,
                 mode: str = 'interpolate',
                 max_missing: float = 0.,
                 score_thr: Optional[float] = None,
                 eps: float = 1e-3) -> None:
        assert mode in ('interpolate', 'frame'), mode
        self.mode = mode
        self.max_missing = max_missing
        self.score_thr = score_thr
        self.eps = eps

    def _valid(self, results: Dict) -> np.ndarray:
        valid = detected_mask(results['keypoint'], self.eps)
        if self.score_thr is not None and 'keypoint_score' in results:
            valid &= results['keypoint_score'] >= self.score_thr
        return valid

    @staticmethod
    def _interpolate(kp: np.ndarray, valid: np.ndarray) -> np.ndarray:
        out = kp.copy()
        t = np.arange(kp.shape[1])
        for m in range(kp.shape[0]):
            for v in range(kp.shape[2]):
                ok = valid[m, :, v]
                if ok.all() or not ok.any():
                    continue
                for c in range(kp.shape[3]):
                    out[m, ~ok, v, c] = np.interp(t[~ok], t[ok],
                                                  kp[m, ok, v, c])
        return out

    def transform(self, results: Dict) -> Dict:
        valid = self._valid(results)
        kp = results['keypoint']
        if self.mode == 'interpolate':
            results['keypoint'] = self._interpolate(kp, valid)
            return results
        per_frame = valid.transpose(1, 0, 2).reshape(kp.shape[1], -1)
        missing = 1. - per_frame.mean(1)
        keep = missing <= self.max_missing
        if keep.any() and not keep.all():
            results['keypoint'] = kp[:, keep]
            if 'keypoint_score' in results:
                results['keypoint_score'] = results['keypoint_score'][:, keep]
            results['total_frames'] = int(keep.sum())
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(mode={self.mode!r}, '
                f'max_missing={self.max_missing}, '
                f'score_thr={self.score_thr})')
