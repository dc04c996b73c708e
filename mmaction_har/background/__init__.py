"""Background stripping: person masks, fills, mask files, whole lists.

Three ways to find the person (:mod:`.masks_seg` mediapipe segmentation,
:mod:`.masks_pose` keypoints of a pose pkl, :mod:`.masks_static` a fixed
camera's background model), clean-up (:mod:`.refine`), replacement
(:mod:`.fill`), compact mask files (:mod:`.storage`), one video
(:mod:`.strip`) and a whole list (:mod:`.runner`). The
:class:`~mmaction_har.datasets.transforms.ApplyPersonMask` transform applies
stored masks at training time. See ``docs/background.md``.
"""
from .fill import Fill, apply_fill, parse_fill
from .masks_pose import PoseIndex, pose_scores
from .masks_seg import SEG_MODELS, SegmentationMasker
from .masks_static import STATIC_MODELS, static_scores
from .refine import finish_masks
from .runner import StripSummary, read_video_list, strip_list
from .storage import MaskVolume, load_masks, save_masks, upsample_masks
from .strip import METHODS, StripOptions, compute_masks, strip_video

__all__ = [
    'Fill', 'apply_fill', 'parse_fill', 'PoseIndex', 'pose_scores',
    'SEG_MODELS', 'SegmentationMasker', 'STATIC_MODELS', 'static_scores',
    'finish_masks', 'StripSummary', 'read_video_list', 'strip_list',
    'MaskVolume', 'load_masks', 'save_masks', 'upsample_masks', 'METHODS',
    'StripOptions', 'compute_masks', 'strip_video'
]
