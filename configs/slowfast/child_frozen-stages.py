# SlowFast ResNet-50 on the child action dataset (7 actions), fine-tuned
# from k400 with the stem and the first stages frozen (frozen_stages; their
# BatchNorm statistics stay fixed too).
_base_ = ['./child.py']

model = dict(backbone=dict(
    slow_pathway=dict(frozen_stages=2), fast_pathway=dict(frozen_stages=2)))
