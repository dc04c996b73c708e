# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the BAST evaluation protocol
# (42 classes), trained from scratch with the upstream schedule
# posec3d/_base_/scratch.py cites; 48 frames (UniformSampleFrames), 56x56
# heatmaps with sigma 0.6, COCO left/right flip, 10 clips with `double` at test
# time. bast_eval.py fine-tunes a pre-trained model instead.
#   python tools/train.py configs/posec3d/bast_eval_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_eval_pose.py']

model = dict(cls_head=dict(num_classes=42))
