# TIN ResNet-50 on the child action dataset (7 actions), fine-tuned (as
# child.py) with the stem and the first stages frozen (frozen_stages; their
# BatchNorm statistics stay fixed too).
_base_ = ['./child.py']

model = dict(backbone=dict(frozen_stages=2))
