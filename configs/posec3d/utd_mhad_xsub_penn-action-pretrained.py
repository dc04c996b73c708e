# PoseC3D on UTD-MHAD cross-subject, fine-tuned from this project's Penn
# Action PoseC3D (penn_action_scratch.py's last checkpoint: MMAction2's zoo
# has no 13-joint PoseC3D) with the schedule of upstream's PoseC3D fine-tune
# (posec3d/_base_/finetune.py: slowonly_kinetics400-pretrained-r50_8xb16-
# u48-120e_{ucf101,hmdb51}-split1-keypoint, lr 0.01 per 128 clips, 12
# epochs over RepeatDataset x10, steps after epochs 9 and 11). The head
# (15 Penn Action classes) is re-initialised for UTD-MHAD's 27.
#   python tools/train.py configs/posec3d/penn_action_scratch.py \
#       --auto-scale-lr
#   python tools/train.py \
#       configs/posec3d/utd_mhad_xsub_penn-action-pretrained.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/utd_mhad_xsub_pose.py']

model = dict(backbone=dict(in_channels=13),
             cls_head=dict(num_classes=27))
load_from = 'work_dirs/posec3d/penn_action_scratch/epoch_24.pth'
