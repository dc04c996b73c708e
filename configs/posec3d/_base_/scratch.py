# PoseC3D (SlowOnly-R50 on keypoint heatmaps) trained from scratch with the
# SGD + cosine schedule (sgd_cosine.py). Every PoseC3D config composes this
# with a pose dataset base from ../../_base_/datasets/.
_base_ = [
    '../../_base_/models/posec3d_slowonly_r50.py',
    '../../_base_/schedules/sgd_cosine.py',
    '../../_base_/default_runtime.py'
]
