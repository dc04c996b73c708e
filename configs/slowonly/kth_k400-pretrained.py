# SlowOnly ResNet-50 on KTH (6 actions), fine-tuned from MMAction2's
# Kinetics-400 checkpoint (slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb).
# The classification head is re-initialised for 6 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb
#   python tools/train.py configs/slowonly/kth_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./kth.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/slowonly/slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb/slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb_20220901-2132fc87.pth'  # noqa: E501
