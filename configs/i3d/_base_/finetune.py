# I3D ResNet-50 fine-tuned from MMAction2's Kinetics-400 I3D-R50 (the BAST
# thesis' I3D baseline started from Kinetics-400 weights): checkpoint
# i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb, schedule of the
# Kinetics-400 fine-tune of the 3D ResNets (k400_finetune_20e.py). The
# classification head is re-initialised for each dataset (its checkpoint
# weights do not match in shape and are skipped with a warning). Every
# unsuffixed i3d config composes this with a dataset base from
# ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    '../../_base_/models/i3d_r50.py',
    '../../_base_/schedules/k400_finetune_20e.py',
    '../../_base_/default_runtime.py'
]
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/i3d/i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb/i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb_20220812-e213c223.pth'  # noqa: E501
