# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the BAST base protocol (9
# classes), trained from scratch with the upstream schedule
# posec3d/_base_/scratch.py cites; 48 frames (UniformSampleFrames), 56x56
# heatmaps with sigma 0.6, COCO left/right flip, 10 clips with `double` at test
# time. bast_base.py fine-tunes a pre-trained model instead.
#   python tools/train.py configs/posec3d/bast_base_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_pose.py']

model = dict(cls_head=dict(num_classes=9))
