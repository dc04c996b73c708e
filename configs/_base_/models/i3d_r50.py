# I3D ResNet-50 (MMAction2's i3d_r50: 5x7x7 stem, inflation pattern of the
# original I3D), from scratch. Upstream inflates ImageNet weights through
# `torchvision://resnet50`, which needs torchvision; the transfer variants
# load a whole Kinetics-400 checkpoint with `load_from` instead.
_base_ = ['mmaction::_base_/models/i3d_r50.py']

model = dict(backbone=dict(pretrained=None, pretrained2d=False))
