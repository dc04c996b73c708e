"""Data transforms of :mod:`mmaction_har`, registered in MMAction2's
``TRANSFORMS``: skeleton normalisation, augmentation, keypoint subsets,
skeleton streams, windowing and depth motion maps."""
from .apply_mask import ApplyPersonMask  # noqa: F401
from .depth import (DepthMotionMaps, LoadDepthMat, RandomCropDepthMaps,
                    depth_motion_maps)
from .formatting import DiscardKeys
from .skeleton_augment import (RandomRotateScaleSkeleton,
                               RandomTemporalCropSkeleton)
from .skeleton_normalize import NormalizeSkeleton
from .skeleton_select import (KEYPOINT_SUBSETS, RemoveUndetectedKeypoints,
                              SelectKeypoints)
from .skeleton_streams import GenSkeFeatGraph, bone_pairs
from .skeleton_window import SkeletonWindow

__all__ = [
    'DepthMotionMaps', 'LoadDepthMat', 'RandomCropDepthMaps',
    'depth_motion_maps', 'DiscardKeys',
    'RandomRotateScaleSkeleton', 'RandomTemporalCropSkeleton',
    'NormalizeSkeleton', 'KEYPOINT_SUBSETS', 'RemoveUndetectedKeypoints',
    'SelectKeypoints', 'GenSkeFeatGraph', 'bone_pairs', 'SkeletonWindow'
]
