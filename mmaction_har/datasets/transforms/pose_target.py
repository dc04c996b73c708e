"""``FastGeneratePoseTarget``: MMAction2's ``GeneratePoseTarget``, vectorised.

A drop-in replacement: same arguments, same keys, the same heatmaps (within
1e-6, see :mod:`.pose_heatmaps`), computed for all frames, keypoints, limbs
and persons in a few numpy calls instead of a Python loop over each. Use it
by name in a pipeline, or switch every PoseC3D pipeline of a config with the
``pose_heatmaps`` key (``docs/benchmarks.md``, ``pose_heatmaps='cpu'``).
"""
from typing import Dict

import numpy as np

from mmaction.datasets.transforms import GeneratePoseTarget
from mmaction.registry import TRANSFORMS

from .pose_heatmaps import flip_permutation, render

#: Transform types that make PoseC3D heatmaps (stock and ours).
POSE_TARGETS = ('GeneratePoseTarget', 'FastGeneratePoseTarget')


def keypoints_and_scores(results, scaling=1., use_score=True):
    """Float32 keypoints in heatmap pixels and the scores to draw with.

    Returns:
        tuple: (M, T, V, 2) keypoints (``x, y`` times ``scaling``), (M, T, V)
        scores (ones without ``keypoint_score`` or with ``use_score=False``).
    """
    keypoint = results['keypoint'][..., :2].astype(np.float32)
    keypoint *= scaling
    score = results.get('keypoint_score')
    if score is None or not use_score:
        score = np.ones(keypoint.shape[:-1], np.float32)
    return keypoint, np.asarray(score, np.float32)


def heatmap_shape(img_shape, scaling=1.):
    """(H, W) of the heatmaps for an ``img_shape``, as upstream rounds."""
    img_h, img_w = img_shape
    return int(img_h * scaling + 0.5), int(img_w * scaling + 0.5)


@TRANSFORMS.register_module()
class FastGeneratePoseTarget(GeneratePoseTarget):
    """Pseudo heatmaps of keypoints and limbs (PoseC3D), vectorised.

    Required Keys: keypoint (M, T, V, 2), keypoint_score (M, T, V;
    optional), img_shape. Added Keys: ``imgs`` (or ``heatmap_imgs`` when
    ``imgs`` exists): (T, C, H, W) float32, (2T, C, H, W) with ``double``.

    Args: those of MMAction2's ``GeneratePoseTarget`` (``sigma``,
    ``use_score``, ``with_kp``, ``with_limb``, ``skeletons``, ``double``,
    ``left_kp``, ``right_kp``, ``left_limb``, ``right_limb``, ``scaling``),
    with the same defaults and meaning.
    """

    def gen_an_aug(self, results: Dict) -> np.ndarray:
        """(T, C, H, W) heatmaps of all frames (no flipped copy)."""
        return self._render(results, None)

    def _render(self, results, flip_channels):
        keypoint, score = keypoints_and_scores(results, self.scaling,
                                               self.use_score)
        return render(keypoint, score,
                      heatmap_shape(results['img_shape'], self.scaling),
                      self.sigma, self.with_kp, self.with_limb,
                      self.skeletons, flip_channels)

    def flip_channels(self, num_c):
        """Where each channel goes in the flipped copy (None: not a
        permutation)."""
        left, right = (self.left_kp, self.right_kp) if self.with_kp else (
            self.left_limb, self.right_limb)
        return flip_permutation(num_c, left, right)

    def transform(self, results: Dict) -> Dict:
        key = 'heatmap_imgs' if 'imgs' in results else 'imgs'
        num_c = (results['keypoint'].shape[2] * self.with_kp +
                 len(self.skeletons) * self.with_limb)
        where = self.flip_channels(num_c) if self.double else None
        if self.double and where is None:
            # Overlapping left/right lists: upstream's copy, as it is.
            return super().transform(results)
        results[key] = self._render(results, where)
        return results
