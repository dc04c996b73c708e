# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on KTH (6 actions), fine-tuned
# from MMAction2's Kinetics-400 -> UCF101 split 1 (2D keypoints) checkpoint
# (slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_ucf101-split1-keypoint).
# The classification head is re-initialised for 6 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_ucf101-split1-keypoint  # noqa: E501
#   python tools/train.py configs/posec3d/kth_ucf101-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./kth.py']

# This checkpoint's backbone has stage_blocks (3, 4, 6) (NTU60 / FineGYM: (4, 6, 3)).  # noqa: E501
model = dict(backbone=dict(stage_blocks=(3, 4, 6)))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/skeleton/posec3d/slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_ucf101-split1-keypoint/slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_ucf101-split1-keypoint_20220815-9972260d.pth'  # noqa: E501
