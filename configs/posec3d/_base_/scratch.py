# PoseC3D (SlowOnly-R50 on keypoint heatmaps) trained from scratch with
# upstream's PoseC3D NTU60 schedule (posec3d_scratch_24e.py, over the pose
# dataset bases' RepeatDataset x10). Every posec3d <dataset>_scratch.py config
# composes this with a dataset base from ../../_base_/datasets/.
_base_ = [
    '../../_base_/models/posec3d_slowonly_r50.py',
    '../../_base_/schedules/posec3d_scratch_24e.py',
    '../../_base_/default_runtime.py'
]
