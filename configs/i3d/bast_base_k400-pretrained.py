# I3D ResNet-50 on BAST base protocol (9 classes), fine-tuned from
# MMAction2's Kinetics-400 checkpoint
# (i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb). The
# classification head is re-initialised for 9 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb
#   python tools/train.py configs/i3d/bast_base_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_base.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/i3d/i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb/i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb_20220812-e213c223.pth'  # noqa: E501
