# I3D ResNet-50 on KTH (6 actions), from scratch: 32x2x1 sampling, 10 clips
# x 3 crops at test time (upstream
# i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb).
#   python tools/train.py configs/i3d/kth.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_rgb.py']

model = dict(cls_head=dict(num_classes=6))
