# R(2+1)D ResNet-34 fine-tuned from MMAction2's Kinetics-400 R(2+1)D-34 32x2x1
# (the child study fine-tuned IG-65M weights on 32 frames; MMAction2's zoo has
# no IG-65M R(2+1)D, this is its 32-frame one): checkpoint
# r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb, schedule of the Kinetics-400
# fine-tune of the 3D ResNets (k400_finetune_20e.py). The classification head
# is re-initialised for each dataset (its checkpoint weights do not match in
# shape and are skipped with a warning). Every unsuffixed r2plus1d config
# composes this with a dataset base from ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    '../../_base_/models/r2plus1d_r34.py',
    '../../_base_/schedules/k400_finetune_20e.py',
    '../../_base_/default_runtime.py'
]
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/r2plus1d/r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb/r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb_20220812-4270588c.pth'  # noqa: E501
