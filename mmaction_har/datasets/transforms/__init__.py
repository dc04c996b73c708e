"""Data transforms of :mod:`mmaction_har`, registered in MMAction2's
``TRANSFORMS``: skeleton normalisation, augmentation, keypoint subsets,
windowing, skeleton streams, depth motion maps and PoseC3D heatmaps
(``FastGeneratePoseTarget`` on the CPU, ``PackPoseKeypoints`` for heatmaps
made on the model's device)."""
from .apply_mask import ApplyPersonMask  # noqa: F401
from .depth import (DepthMotionMaps, LoadDepthMat, RandomCropDepthMaps,
                    depth_motion_maps)
from .formatting import DiscardKeys
from .pack_pose import PackPoseKeypoints
from .pose_target import POSE_TARGETS, FastGeneratePoseTarget
from .skeleton_augment import (RandomRotateScaleSkeleton,
                               RandomTemporalCropSkeleton)
from .skeleton_normalize import NormalizeSkeleton
from .skeleton_select import (KEYPOINT_SUBSETS, RemoveUndetectedKeypoints,
                              SelectKeypoints)
from .skeleton_streams import GenSkeFeatGraph, bone_pairs
from .skeleton_window import SkeletonWindow

__all__ = [
    'DepthMotionMaps', 'LoadDepthMat', 'RandomCropDepthMaps',
    'depth_motion_maps', 'DiscardKeys', 'PackPoseKeypoints', 'POSE_TARGETS',
    'FastGeneratePoseTarget', 'RandomRotateScaleSkeleton',
    'RandomTemporalCropSkeleton', 'NormalizeSkeleton', 'KEYPOINT_SUBSETS',
    'RemoveUndetectedKeypoints', 'SelectKeypoints', 'GenSkeFeatGraph',
    'bone_pairs', 'SkeletonWindow'
]
