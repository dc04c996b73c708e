# I3D ResNet-50 on BAST evaluation protocol (42 classes), from scratch:
# 32x2x1 sampling, 10 clips x 3 crops at test time (upstream
# i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb).
#   python tools/train.py configs/i3d/bast_eval.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_eval_rgb.py']

model = dict(cls_head=dict(num_classes=42))
