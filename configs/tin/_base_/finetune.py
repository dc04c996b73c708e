# TIN ResNet-50 fine-tuned from MMAction2's Kinetics-400 TIN (itself TSM-R50
# Kinetics-400 weights fine-tuned into TIN): checkpoint
# tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb, with the
# schedule of that fine-tune (tin_finetune_50e.py: TSM's optimizer
# constructor, last fc layer at 5x the learning rate). The classification
# head is re-initialised for each dataset (its checkpoint weights do not match
# in shape and are skipped with a warning). Every unsuffixed tin config
# composes this with a 1x1x8 dataset base from ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    '../../_base_/models/tin_r50.py',
    '../../_base_/schedules/tin_finetune_50e.py',
    '../../_base_/default_runtime.py'
]
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/tin/tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb/tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb_20220913-7f10d0c0.pth'  # noqa: E501
