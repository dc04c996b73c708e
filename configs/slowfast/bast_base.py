# SlowFast ResNet-50 on BAST base protocol (9 classes), from scratch: 4x16x1
# (32 frames at interval 2, slow pathway every 8th), 10 clips x 3 crops at
# test time (upstream slowfast_r50_8xb8-4x16x1-256e_kinetics400-rgb).
#   python tools/train.py configs/slowfast/bast_base.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))
