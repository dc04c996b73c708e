# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on BAST evaluation protocol
# (42 classes), fine-tuned from MMAction2's FineGYM (2D keypoints)
# checkpoint (slowonly_r50_8xb16-u48-240e_gym-keypoint). The classification
# head is re-initialised for 42 classes (its checkpoint weights do not match
# in shape and are skipped with a warning). Offline, download first and pass
# the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb16-u48-240e_gym-keypoint
#   python tools/train.py configs/posec3d/bast_eval_finegym-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_eval.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/skeleton/posec3d/slowonly_r50_8xb16-u48-240e_gym-keypoint/slowonly_r50_8xb16-u48-240e_gym-keypoint_20220815-da338c58.pth'  # noqa: E501
