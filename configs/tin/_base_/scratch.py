# TIN ResNet-50 without video pretraining: upstream's TIN recipe that starts
# from ImageNet (tin_imagenet-pretrained-r50_8xb6-1x1x8-40e_sthv2-rgb;
# MMAction2 has no TIN from random weights). The backbone loads torchvision's
# ImageNet ResNet-50, the file upstream's 'torchvision://resnet50' names,
# by URL (so torchvision is not needed) and converts it (pretrained2d,
# tests/configs/test_tin_imagenet_start.py); the interlace modules and the
# head start random. Schedule
# tin_scratch_40e.py, head dropout 0.8, as upstream. Every tin
# <dataset>_scratch.py config composes this with a 1x1x8 dataset base from
# ../../_base_/datasets/.
# Offline, download the weights and pass them:
#   wget -P checkpoints \
#       https://download.pytorch.org/models/resnet50-0676ba61.pth
#   python tools/train.py CONFIG --cfg-options \
#       model.backbone.pretrained=checkpoints/resnet50-0676ba61.pth
_base_ = [
    '../../_base_/models/tin_r50.py',
    '../../_base_/schedules/tin_scratch_40e.py',
    '../../_base_/default_runtime.py'
]

model = dict(
    backbone=dict(
        pretrained='https://download.pytorch.org/models/resnet50-0676ba61.pth',
        pretrained2d=True),
    cls_head=dict(dropout_ratio=0.8))
