# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on KTH (6 actions), trained from
# scratch with the upstream schedule posec3d/_base_/scratch.py cites; 48 frames
# (UniformSampleFrames), 56x56 heatmaps with sigma 0.6, COCO left/right flip,
# 10 clips with `double` at test time. kth.py fine-tunes a pre-trained model
# instead.
#   python tools/train.py configs/posec3d/kth_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_pose.py']

model = dict(cls_head=dict(num_classes=6))
