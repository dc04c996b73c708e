# SlowOnly ResNet-50 on the child action dataset (7 actions), fine-tuned
# from MMAction2's OmniSource (ImageNet + Kinetics-400) checkpoint
# (slowonly_r50_8xb16-8x8x1-256e_imagenet-kinetics400-rgb). The
# classification head is re-initialised for 7 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb16-8x8x1-256e_imagenet-kinetics400-rgb
#   python tools/train.py configs/slowonly/child_omnisource-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./child.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/omnisource/slowonly_r50_8xb16-8x8x1-256e_imagenet-kinetics400-rgb_20230208-61c4be0d.pth'  # noqa: E501
