"""``HeatmapDataPreprocessor``: PoseC3D heatmaps made on the model's device.

With MMAction2's pipeline each data worker renders a (C, T, H, W) float
volume per clip (10 MB for 17 x 48 x 56 x 56) and ships it to the main
process. Here the workers stop after the geometric transforms
(``PoseCompact``, ``Resize``, ``RandomResizedCrop``, ``Flip``) and ship the
keypoints (:class:`~mmaction_har.datasets.transforms.PackPoseKeypoints`,
M x T x V x 3 floats); this preprocessor renders the whole batch where the
model runs (:func:`.heatmap_render.render_batch`), then does what
``ActionDataPreprocessor`` does (stacking, normalisation, blending).
Inputs that are already heatmaps pass through unchanged.
"""
from mmaction.models import ActionDataPreprocessor
from mmaction.registry import MODELS

from ...datasets.transforms.pack_pose import META_KEY
from ...datasets.transforms.pose_target import heatmap_shape
from ...errors import HarError
from .heatmap_render import render_batch


@MODELS.register_module()
class HeatmapDataPreprocessor(ActionDataPreprocessor):
    """``ActionDataPreprocessor`` that renders keypoint packs to heatmaps.

    Args: those of ``ActionDataPreprocessor``. The heatmap settings
    (``sigma``, ``double``, ...) travel with each sample, written by the
    pipeline's ``PackPoseKeypoints``.
    """

    def preprocess(self, inputs, data_samples, training=False):
        if data_samples and META_KEY in data_samples[0].metainfo:
            inputs = list(self.render(inputs, data_samples))
        return super().preprocess(inputs, data_samples, training)

    @staticmethod
    def render(inputs, data_samples):
        """Heatmaps of a batch of keypoint packs.

        Args:
            inputs (list[Tensor]): Per sample (M_i, N * T, V, 3): x, y,
                score of M_i persons.
            data_samples (list[ActionDataSample]): With
                ``metainfo['pose_heatmap']``.

        Returns:
            Tensor: (B, N', C, T, H, W), N' = N or 2N (``double``).
        """
        settings = [s.metainfo[META_KEY] for s in data_samples]
        first = settings[0]
        for i, other in enumerate(settings[1:], 1):
            if other != first:
                raise HarError(
                    f'PackPoseKeypoints settings differ within a batch '
                    f'(sample 0: {first}, sample {i}: {other}): all samples '
                    'of a batch must make heatmaps of one shape')
        num_person = max(int(x.shape[0]) for x in inputs)
        frames, num_kp = inputs[0].shape[1:3]
        pack = inputs[0].new_zeros((len(inputs), num_person, frames, num_kp,
                                    3))
        present = pack.new_zeros((len(inputs), num_person))
        for i, x in enumerate(inputs):
            pack[i, :x.shape[0]] = x
            present[i, :x.shape[0]] = 1
        n, t = first['num_clips'], first['clip_len']
        pack = pack.reshape(len(inputs), num_person, n, t, num_kp, 3)
        keypoint = pack[..., :2] * first['scaling']
        score = pack[..., 2]
        if not first['use_score']:  # ones, except for padding persons
            score = present[:, :, None, None, None].expand_as(score)
        return render_batch(
            keypoint, score,
            heatmap_shape(first['img_shape'], first['scaling']),
            first['sigma'], first['with_kp'], first['with_limb'],
            first['skeletons'], first.get('flip_indices'))
