# PoseC3D (SlowOnly-R50 on keypoint heatmaps) fine-tuned from MMAction2's NTU60
# x-sub 2D-keypoint PoseC3D (the thesis fine-tuned NTU120 weights, which
# MMAction2's zoo does not have; its Kinetics + UCF101 start is
# <dataset>_ucf101-pretrained.py): checkpoint
# slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint, schedule of upstream's
# PoseC3D fine-tune (posec3d_finetune_12e.py, over the pose dataset bases'
# RepeatDataset x10). The classification head is re-initialised for each
# dataset (its checkpoint weights do not match in shape and are skipped with a
# warning). Every unsuffixed posec3d config composes this with a dataset base
# from ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    '../../_base_/models/posec3d_slowonly_r50.py',
    '../../_base_/schedules/posec3d_finetune_12e.py',
    '../../_base_/default_runtime.py'
]
load_from = 'https://download.openmmlab.com/mmaction/v1.0/skeleton/posec3d/slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint/slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint_20220815-38db104b.pth'  # noqa: E501
