# I3D ResNet-50 on the child action dataset (7 actions), fine-tuned (as
# child.py) with the backbone at a tenth of the head's learning rate
# (paramwise_cfg custom_keys).
_base_ = ['./child.py']

optim_wrapper = dict(
    paramwise_cfg=dict(custom_keys=dict(backbone=dict(lr_mult=0.1))))
