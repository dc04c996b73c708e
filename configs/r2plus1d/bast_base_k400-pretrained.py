# R(2+1)D ResNet-34 on BAST base protocol (9 classes), fine-tuned from
# MMAction2's Kinetics-400 checkpoint
# (r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb). The classification head is
# re-initialised for 9 classes (its checkpoint weights do not match in shape
# and are skipped with a warning). Offline, download first and pass the
# file:
#   mim download mmaction2 --dest checkpoints \
#       --config r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb
#   python tools/train.py configs/r2plus1d/bast_base_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_base.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/r2plus1d/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb_20220812-47cfe041.pth'  # noqa: E501
