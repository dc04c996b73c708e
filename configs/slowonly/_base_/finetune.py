# SlowOnly ResNet-50 fine-tuned from MMAction2's Kinetics-400 SlowOnly-R50
# 8x8x1 (the thesis used OmniSource weights: the
# <dataset>_omnisource-pretrained.py variants, whose checkpoint needs
# upstream's OmniResNet backbone): checkpoint
# slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb, schedule of the Kinetics-400
# fine-tune of the 3D ResNets (k400_finetune_20e.py). The classification head
# is re-initialised for each dataset (its checkpoint weights do not match in
# shape and are skipped with a warning). Every unsuffixed slowonly config
# composes this with a dataset base from ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    '../../_base_/models/slowonly_r50.py',
    '../../_base_/schedules/k400_finetune_20e.py',
    '../../_base_/default_runtime.py'
]
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/slowonly/slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb/slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb_20220901-2132fc87.pth'  # noqa: E501
