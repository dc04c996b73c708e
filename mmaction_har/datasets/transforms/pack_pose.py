"""``PackPoseKeypoints``: ship keypoints, not heatmaps, to the model.

Replaces the tail ``GeneratePoseTarget``, ``FormatShape('NCTHW_Heatmap')``,
``PackActionInputs`` of a PoseC3D pipeline when the model's
``HeatmapDataPreprocessor`` renders the heatmaps on its device. A worker
then sends (M, N * T, V, 3) floats (x, y, score) instead of a
(N', C, T, H, W) volume, and the heatmap settings with them.
"""
from typing import Dict

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.datasets.transforms import PackActionInputs
from mmaction.registry import TRANSFORMS

from ...errors import HarError
from .pose_heatmaps import flip_indices
from .pose_target import FastGeneratePoseTarget, keypoints_and_scores

#: The ``metainfo`` key that carries the heatmap settings.
META_KEY = 'pose_heatmap'


@TRANSFORMS.register_module()
class PackPoseKeypoints(BaseTransform):
    """Pack keypoints and heatmap settings for ``HeatmapDataPreprocessor``.

    Required Keys: keypoint (M, N * T, V, 2), keypoint_score (M, N * T, V;
    optional), img_shape, num_clips, clip_len.

    Output: ``inputs`` (M, N * T, V, 3) float32 tensor (x, y, score in
    image pixels, before ``scaling``), ``data_samples`` with
    ``metainfo['pose_heatmap']``: the settings below plus ``img_shape``,
    ``num_clips``, ``clip_len`` and, for ``double``, ``flip_indices``.

    Args:
        meta_keys (Sequence[str]): As ``PackActionInputs``.
        **heatmap: The arguments of ``GeneratePoseTarget`` (``sigma``,
            ``use_score``, ``with_kp``, ``with_limb``, ``skeletons``,
            ``double``, ``left_kp``, ``right_kp``, ``left_limb``,
            ``right_limb``, ``scaling``), same defaults.
    """

    def __init__(self, meta_keys=('img_shape', 'img_key', 'video_id',
                                  'timestamp'), **heatmap) -> None:
        self.heatmap = FastGeneratePoseTarget(**heatmap)
        self.pack = PackActionInputs(meta_keys=meta_keys)

    def settings(self, results, num_kp):
        """The heatmap settings of one sample (plain Python types)."""
        hm = self.heatmap
        num_c = num_kp * hm.with_kp + len(hm.skeletons) * hm.with_limb
        left, right = (hm.left_kp, hm.right_kp) if hm.with_kp else (
            hm.left_limb, hm.right_limb)
        return dict(
            sigma=float(hm.sigma), use_score=bool(hm.use_score),
            with_kp=bool(hm.with_kp), with_limb=bool(hm.with_limb),
            skeletons=[[int(a), int(b)] for a, b in hm.skeletons],
            scaling=float(hm.scaling),
            img_shape=tuple(int(v) for v in results['img_shape']),
            num_clips=int(results['num_clips']),
            clip_len=int(results['clip_len']),
            flip_indices=(flip_indices(num_c, left, right).tolist()
                          if hm.double else None))

    def transform(self, results: Dict) -> Dict:
        if 'imgs' in results:
            raise HarError('PackPoseKeypoints packs keypoints only: this '
                           'sample also has images (imgs); render its '
                           'heatmaps with FastGeneratePoseTarget instead')
        keypoint, score = keypoints_and_scores(results)
        settings = self.settings(results, keypoint.shape[2])
        frames = settings['num_clips'] * settings['clip_len']
        if keypoint.shape[1] != frames:
            raise HarError(
                f'PackPoseKeypoints: keypoint has {keypoint.shape[1]} frames '
                f'(shape {keypoint.shape}), expected num_clips x clip_len = '
                f'{settings["num_clips"]} x {settings["clip_len"]}')
        packed = self.pack(dict(
            results, keypoint=np.concatenate([keypoint, score[..., None]],
                                             axis=-1)))
        packed['data_samples'].set_metainfo({META_KEY: settings})
        return packed

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(heatmap={self.heatmap!r}, '
                f'meta_keys={self.pack.meta_keys})')
