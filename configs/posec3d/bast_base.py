# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on BAST base protocol (9
# classes), from scratch: 48 frames (UniformSampleFrames), 56x56 heatmaps
# with sigma 0.6, COCO left/right flip, 10 clips with `double` at test time
# (upstream slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint).
#   python tools/train.py configs/posec3d/bast_base.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_pose.py']

model = dict(cls_head=dict(num_classes=9))
