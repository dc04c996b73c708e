# PoseC3D (SlowOnly-R50 on 13 keypoint heatmaps) on Penn Action, from
# scratch with upstream's scratch schedule (posec3d/_base_/scratch.py:
# slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint, 24 epochs over
# RepeatDataset x10). There is no unsuffixed (fine-tuned) Penn Action
# config: MMAction2's PoseC3D checkpoints take 17 COCO keypoint channels and
# Penn Action annotates 13 joints.
#   python tools/train.py configs/posec3d/penn_action_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/penn_action_pose.py']

model = dict(backbone=dict(in_channels=13),
             cls_head=dict(num_classes=15))
