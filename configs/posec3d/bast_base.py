# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the BAST base protocol (9
# classes), fine-tuned from the checkpoint that posec3d/_base_/finetune.py
# names, with the schedule of the upstream fine-tune it cites; 48 frames
# (UniformSampleFrames), 56x56 heatmaps with sigma 0.6, COCO left/right flip,
# 10 clips with `double` at test time.
#   python tools/train.py configs/posec3d/bast_base.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_base_pose.py']

model = dict(cls_head=dict(num_classes=9))
