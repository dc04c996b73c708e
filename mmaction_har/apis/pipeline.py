"""A config's test pipeline cut at its decoding step.

MMAction2 test pipelines have one shape: an optional container opener
(``DecordInit``), a frame sampler (``SampleFrames``, ``UniformSampleFrames``),
a decoder (``DecordDecode``, ``PoseDecode``) and a tail that works on the
decoded frames (``Resize``, ``CenterCrop``, ``FormatShape``,
``PackActionInputs``). Cutting it there lets the API and the long-video
detector feed frames that they decoded themselves (a list of arrays, a
stream) through exactly the transforms the config names, so a window's
model input equals what the full pipeline makes for that window's frames.

The sampler only needs ``total_frames``: it is run on a window length to
learn which frame offsets a window uses, and only those frames are decoded.
The leading frame-wise transforms of the tail (``Resize``, ``CenterCrop``)
give each frame the same result whether applied to one frame or to a clip,
so the detector applies them once per decoded frame instead of once per
window that contains it.
"""
import numpy as np
from mmaction.registry import TRANSFORMS
from mmengine.registry import init_default_scope

from ..errors import HarError

OPENERS = ('DecordInit', 'OpenCVInit', 'PyAVInit')
RGB_DECODERS = ('DecordDecode', 'OpenCVDecode', 'PyAVDecode')
POSE_DECODERS = ('PoseDecode', )
# Transforms that restrict sampling to an annotated range of a longer video
# (a dataset's subsequence): inference samples the whole input (or window).
RANGE_STEPS = ('SubsequenceRange', )
# Transforms whose output for one frame does not depend on the other frames
# of the clip (given frames of one shape): safe to apply frame by frame.
FRAMEWISE = ('Resize', 'CenterCrop')


def _type(step):
    kind = step['type']
    return kind if isinstance(kind, str) else kind.__name__


class TestPipeline:
    """The test pipeline of a config, split into sampler, decoder and tail.

    Args:
        cfg (Config): A full config with ``test_pipeline`` (or
            ``test_dataloader.dataset.pipeline``).

    Attributes:
        modality (str): ``'RGB'`` (video decoders) or ``'Pose'``
            (``PoseDecode``).
        openers (list): The video openers (``DecordInit``).
        pre (list): Other steps before the sampler, minus range selectors
            (:data:`RANGE_STEPS`): inference samples the whole input.
        sampler: The built frame sampler.
        framewise (list): Leading frame-wise transforms of the tail (RGB).
        tail (list): The remaining transforms, ending with
            ``PackActionInputs``.
    """

    def __init__(self, cfg):
        init_default_scope(cfg.get('default_scope', 'mmaction'))
        steps = cfg.get('test_pipeline')
        if steps is None:
            steps = cfg.test_dataloader.dataset.pipeline
        self.steps = [dict(s) for s in steps]
        types = [_type(s) for s in self.steps]
        decoders = [i for i, t in enumerate(types)
                    if t in RGB_DECODERS + POSE_DECODERS]
        samplers = [i for i, t in enumerate(types) if 'Sample' in t]
        if not decoders or not samplers or samplers[0] > decoders[0]:
            raise HarError(
                f'test pipeline {types} has no frame sampler followed by a '
                f'decoder (one of {RGB_DECODERS + POSE_DECODERS}); the API '
                'and detector need one')
        self.sampler_cfg = self.steps[samplers[0]]
        self.decoder_cfg = self.steps[decoders[0]]
        self.modality = ('Pose' if types[decoders[0]] in POSE_DECODERS
                         else 'RGB')
        before = self.steps[:samplers[0]]
        self.openers = [TRANSFORMS.build(s) for s in before
                        if _type(s) in OPENERS]
        self.pre = [TRANSFORMS.build(s) for s in before
                    if _type(s) not in OPENERS + RANGE_STEPS]
        if self.modality == 'RGB' and not self.openers:
            raise HarError(f'test pipeline {types} decodes videos but opens '
                           f'none (expected one of {OPENERS})')
        self.sampler = TRANSFORMS.build(self.sampler_cfg)
        self.decoder = TRANSFORMS.build(self.decoder_cfg)
        after = self.steps[decoders[0] + 1:]
        n = 0
        if self.modality == 'RGB':
            while n < len(after) and _type(after[n]) in FRAMEWISE:
                n += 1
        self.framewise = [TRANSFORMS.build(s) for s in after[:n]]
        self.tail = [TRANSFORMS.build(s) for s in after[n:]]
        self._offsets = {}

    # -- sampling --------------------------------------------------------
    def sample(self, num_frames):
        """The sampler's output for a clip of ``num_frames`` frames.

        Returns:
            dict: ``frame_inds`` (offsets in ``[0, num_frames)``) and the
            clip keys the sampler sets (``clip_len``, ``num_clips`` ...).
        """
        if num_frames < 1:
            raise HarError(f'cannot sample a clip of {num_frames} frames')
        if num_frames not in self._offsets:
            out = self.sampler(dict(total_frames=num_frames, start_index=0))
            keys = {k: v for k, v in out.items()
                    if k not in ('total_frames', 'start_index')}
            keys['frame_inds'] = np.asarray(out['frame_inds']).reshape(-1)
            self._offsets[num_frames] = keys
        out = dict(self._offsets[num_frames])
        out['frame_inds'] = out['frame_inds'].copy()
        return out

    def needed_offsets(self, num_frames):
        """Sorted distinct frame offsets a clip of ``num_frames`` reads."""
        return np.unique(self.sample(num_frames)['frame_inds'])

    # -- RGB ---------------------------------------------------------------
    def clip_from_file(self, path, start=0, length=None):
        """The pipeline's output for frames ``[start, start + length)`` of a
        video file, read the way the config reads it (opener, sampler,
        random-access decoder, transforms applied to the whole clip).
        """
        results = dict(filename=path, label=-1, start_index=0,
                       modality='RGB')
        for t in self.openers:
            results = t(results)
        total = results['total_frames']
        if length is None:
            length = total - start
        if start < 0 or length < 1 or start + length > total:
            raise HarError(f'{path}: frames {start}-{start + length - 1} are '
                           f'outside the video ({total} frames)')
        results['total_frames'] = length
        results['start_index'] = start
        for t in self.pre:
            results = t(results)
        results = self.decoder(self.sampler(results))
        for t in self.framewise + self.tail:
            results = t(results)
        return results

    def prepare_frame(self, frame):
        """Apply the frame-wise transforms to one decoded RGB frame.

        Returns:
            tuple: The transformed frame (H', W', 3) and the meta keys the
            transforms set (``img_shape``, ``scale_factor``, ...).
        """
        h, w = frame.shape[:2]
        results = dict(imgs=[frame], img_shape=(h, w), original_shape=(h, w),
                       modality='RGB')
        for t in self.framewise:
            results = t(results)
        img = results.pop('imgs')[0]
        return img, results

    def clip_from_prepared(self, frames, meta, sample, start=0):
        """Run the tail on frames already passed through :meth:`prepare_frame`.

        Args:
            frames (list[ndarray]): One prepared frame per entry of
                ``sample['frame_inds']``, in that order.
            meta (dict): Meta keys returned by :meth:`prepare_frame`.
            sample (dict): Output of :meth:`sample`.
            start (int): Index of the clip's first frame in the video (only
                recorded in ``frame_inds``/``start_index``).
        """
        results = dict(meta, **sample)
        results['frame_inds'] = sample['frame_inds'] + start
        results['start_index'] = start
        results['imgs'] = list(frames)
        for t in self.tail:
            results = t(results)
        return results

    def clip_from_frames(self, frames):
        """Model input from a whole list of RGB frames (H, W, 3) uint8."""
        sample = self.sample(len(frames))
        prepared, meta = [], {}
        cache = {}
        for i in sample['frame_inds']:
            if i not in cache:
                cache[i], meta = self.prepare_frame(_check_frame(frames[i], i))
            prepared.append(cache[i])
        return self.clip_from_prepared(prepared, meta, sample)

    # -- Pose ----------------------------------------------------------------
    def clip_from_pose(self, pose):
        """Model input from an MMAction2 pose dict (``keypoint`` MxTxVxC).

        ``total_frames``, ``img_shape`` and ``original_shape`` are filled in
        when absent; the full pipeline (sampler included) then runs on it.
        """
        pose = dict(pose)
        if 'keypoint' not in pose:
            raise HarError('pose dict has no "keypoint" (M x T x V x 2)')
        kp = np.asarray(pose['keypoint'])
        if kp.ndim != 4:
            raise HarError(f'pose "keypoint" has shape {kp.shape}; expected '
                           'M x T x V x C (persons, frames, joints, coords)')
        pose.setdefault('total_frames', kp.shape[1])
        if 'img_shape' not in pose:
            raise HarError('pose dict has no "img_shape" (height, width of '
                           'the frames the keypoints come from)')
        pose.setdefault('original_shape', pose['img_shape'])
        pose.setdefault('start_index', 0)
        pose.setdefault('modality', 'Pose')
        pose.setdefault('label', -1)
        results = pose
        for t in self.pre:
            results = t(results)
        results = self.sampler(results)
        results = self.decoder(results)
        for t in self.tail:
            results = t(results)
        return results


def _check_frame(frame, index):
    frame = np.asarray(frame)
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise HarError(f'frame {index} has shape {frame.shape}; expected '
                       'H x W x 3 (RGB)')
    if frame.dtype != np.uint8:
        raise HarError(f'frame {index} has dtype {frame.dtype}; expected '
                       'uint8')
    return frame
