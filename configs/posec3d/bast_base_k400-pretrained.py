# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on BAST base protocol (9
# classes), fine-tuned from MMAction2's Kinetics-400 (2D keypoints)
# checkpoint (slowonly_r50_8xb32-u48-240e_k400-keypoint). The classification
# head is re-initialised for 9 classes (its checkpoint weights do not match
# in shape and are skipped with a warning). Offline, download first and pass
# the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb32-u48-240e_k400-keypoint
#   python tools/train.py configs/posec3d/bast_base_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_base.py']

# This checkpoint's backbone has stage_blocks (3, 4, 6) (NTU60 / FineGYM: (4, 6, 3)).  # noqa: E501
model = dict(backbone=dict(stage_blocks=(3, 4, 6)))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/skeleton/posec3d/slowonly_r50_8xb32-u48-240e_k400-keypoint/slowonly_r50_8xb32-u48-240e_k400-keypoint_20230731-7f498b55.pth'  # noqa: E501
