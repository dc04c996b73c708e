# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the child action dataset (7
# actions), fine-tuned from MMAction2's Kinetics-400 -> HMDB51 split 1 (2D
# keypoints) checkpoint
# (slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_hmdb51-split1-keypoint).
# The classification head is re-initialised for 7 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_hmdb51-split1-keypoint  # noqa: E501
#   python tools/train.py configs/posec3d/child_hmdb51-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./child.py']

# This checkpoint's backbone has stage_blocks (3, 4, 6) (NTU60 / FineGYM: (4, 6, 3)).  # noqa: E501
model = dict(backbone=dict(stage_blocks=(3, 4, 6)))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/skeleton/posec3d/slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_hmdb51-split1-keypoint/slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_hmdb51-split1-keypoint_20220815-17eaa484.pth'  # noqa: E501
