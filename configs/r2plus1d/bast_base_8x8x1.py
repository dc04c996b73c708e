# R(2+1)D ResNet-34 on the BAST base protocol (9 classes) with 8x8x1 sampling,
# fine-tuned from MMAction2's 8x8x1 Kinetics-400 checkpoint
# (r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb); bast_base.py samples 32x2x1
# and starts from the 32x2x1 one.
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_base_rgb_8x8x1.py']

model = dict(cls_head=dict(num_classes=9))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/r2plus1d/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb_20220812-47cfe041.pth'  # noqa: E501
