# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the BAST evaluation protocol
# (42 classes), fine-tuned from the checkpoint that posec3d/_base_/finetune.py
# names, with the schedule of the upstream fine-tune it cites; 48 frames
# (UniformSampleFrames), 56x56 heatmaps with sigma 0.6, COCO left/right flip,
# 10 clips with `double` at test time.
#   python tools/train.py configs/posec3d/bast_eval.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_eval_pose.py']

model = dict(cls_head=dict(num_classes=42))
