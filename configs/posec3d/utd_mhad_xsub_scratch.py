# PoseC3D (SlowOnly-R50 on Penn Action's 13 keypoint heatmaps) on UTD-MHAD
# cross-subject, from scratch with upstream's scratch schedule
# (posec3d/_base_/scratch.py: slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint,
# 24 epochs over RepeatDataset x10). The baseline of the transfer from Penn
# Action (utd_mhad_xsub_penn-action-pretrained.py).
#   python tools/train.py configs/posec3d/utd_mhad_xsub_scratch.py \
#       --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/utd_mhad_xsub_pose.py']

model = dict(backbone=dict(in_channels=13),
             cls_head=dict(num_classes=27))
