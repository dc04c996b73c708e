"""Strip the background of one video: masks -> mask file (+ stripped video).

:func:`compute_masks` runs a method over a video at mask resolution;
:func:`strip_video` stores the masks and writes the stripped video, built
from the *stored* masks expanded to frame size, exactly as
:class:`ApplyPersonMask` expands them at training time.
"""
import os.path as osp
from dataclasses import asdict, dataclass

import cv2
import numpy as np

from ..errors import HarError
from ..utils.video import CODECS
from .fill import apply_fill, parse_fill
from .masks_pose import pose_scores
from .masks_seg import SEG_MODELS, SegmentationMasker
from .masks_static import STATIC_MODELS, static_scores
from .refine import finish_masks
from .storage import MaskVolume, mask_shape, save_masks
from .video import atomic_video_writer, iter_chunks, open_video

METHODS = ('seg', 'pose', 'static')


@dataclass
class StripOptions:
    """Options of a stripping run (stored in every mask file's ``meta``).

    Attributes:
        method: ``seg``, ``pose`` or ``static``.
        fill: ``black``, ``blur``, ``noise`` or ``R,G,B``.
        dilate: Mask dilation in source pixels.
        smooth: Temporal smoothing window in frames (1: none).
        mask_size: Longest side of the stored masks.
        seg_model: Model of ``seg`` (see :mod:`.masks_seg`).
        static_model: ``median`` or ``mog2``.
        static_threshold: Difference threshold of ``static``.
        pose_width: Thickness multiplier of ``pose``.
        pose_score_thr: Keypoints below this score are not drawn.
        codec: ``h264`` (.mp4) or ``ffv1`` (lossless .mkv).
        seed: Seed of the ``noise`` fill.
    """
    method: str = 'seg'
    fill: str = 'black'
    dilate: float = 0.0
    smooth: int = 1
    mask_size: int = 256
    seg_model: str = 'selfie'
    static_model: str = 'median'
    static_threshold: float = 25.0
    pose_width: float = 1.0
    pose_score_thr: float = 0.3
    codec: str = 'h264'
    seed: int = 0

    def check(self):
        """Raise HarError for a value out of range; return self."""
        choices = dict(method=METHODS, seg_model=SEG_MODELS,
                       static_model=STATIC_MODELS, codec=tuple(CODECS))
        for key, allowed in choices.items():
            if getattr(self, key) not in allowed:
                raise HarError(f'{key} must be one of {allowed}, got '
                               f'{getattr(self, key)!r}')
        parse_fill(self.fill)
        if self.dilate < 0 or self.smooth < 1 or self.mask_size < 8:
            raise HarError(f'need dilate >= 0, smooth >= 1 and mask_size >= '
                           f'8; got {self.dilate}, {self.smooth}, '
                           f'{self.mask_size}')
        return self


def _small(frames, shape):
    h, w = shape
    if frames.shape[1:3] == (h, w):
        return frames
    return np.stack([cv2.resize(f, (w, h), interpolation=cv2.INTER_AREA)
                     for f in frames])


def compute_masks(reader, info, rel_path, options, pose_index=None,
                  masker=None):
    """Masks of one opened video.

    Args:
        reader: decord reader of the video.
        info (VideoInfo): Its frame count, fps and size.
        rel_path (str): Path in the list (finds the pose annotation).
        options (StripOptions): The method and its options.
        pose_index (PoseIndex | None): Needed by ``pose``.
        masker (SegmentationMasker | None): Reused by ``seg`` across videos.

    Returns:
        MaskVolume: bool masks (T, h, w).
    """
    shape = mask_shape(info.height, info.width, options.mask_size)
    if options.method == 'seg':
        masker = masker or SegmentationMasker(options.seg_model)
        masker.start_video()
        scores = np.concatenate([masker.scores(_small(chunk, shape))
                                 for _, chunk in iter_chunks(reader)])
    elif options.method == 'static':
        frames = np.concatenate([_small(chunk, shape)
                                 for _, chunk in iter_chunks(reader)])
        scores = static_scores(frames, options.static_model,
                               options.static_threshold)
    else:
        if pose_index is None:
            raise HarError('the pose method needs --pose-pkl')
        anno = pose_index.lookup(rel_path)
        kp = np.asarray(anno['keypoint'])
        if kp.ndim != 4 or kp.shape[1] != info.num_frames:
            raise HarError(
                f'pose pkl {pose_index.path}: {anno["frame_dir"]} has '
                f'keypoint shape {kp.shape}, expected (M, {info.num_frames}, '
                f'17, 2): one entry per video frame')
        scores = pose_scores(kp, anno.get('keypoint_score'),
                             tuple(anno['img_shape']), shape,
                             options.pose_score_thr, options.pose_width)
    masks = finish_masks(scores, options.smooth, options.dilate,
                         scale=shape[0] / info.height)
    return MaskVolume(masks, (info.height, info.width), info.fps,
                      meta=asdict(options))


def video_key(path):
    """Key of a video for the ``noise`` fill seed: its file stem."""
    return osp.splitext(osp.basename(path))[0]


def strip_video(src, rel_path, video_out, mask_out, options,
                pose_index=None, masker=None):
    """Write the mask file (and, unless ``video_out`` is None, the stripped
    video) of one video.

    The video is written first and verified by decoding (same frame count
    and fps); the mask file, written last, marks the video as done.

    Returns:
        dict: ``frames`` and ``fps`` of the video, ``person`` (share of
        pixels kept).
    """
    reader, info = open_video(src)
    try:
        volume = compute_masks(reader, info, rel_path, options, pose_index,
                               masker)
        if video_out is not None:
            key, fill = video_key(src), parse_fill(options.fill, options.seed)
            with atomic_video_writer(video_out, info, options.codec) as write:
                for start, chunk in iter_chunks(reader):
                    inds = range(start, start + len(chunk))
                    write(apply_fill(chunk, volume.full_res(inds),
                                     fill, key, inds))
    finally:
        del reader
    save_masks(mask_out, volume)
    return dict(frames=info.num_frames, fps=info.fps,
                person=float(volume.masks.mean()))
