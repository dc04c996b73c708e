# SlowOnly on the demo corpus RGB videos, shrunk for a 2-core CPU: ResNet3d
# SlowOnly with basic blocks and 16 base channels, 8x4x1 sampling at 64x64.
# The full-size model is mmaction::_base_/models/slowonly_r50.py.
_base_ = [
    'mmaction::_base_/models/slowonly_r50.py',
    '../_base_/datasets/demo_rgb.py', '../_base_/schedules/sgd_cosine.py',
    '../_base_/default_runtime.py'
]

model = dict(
    backbone=dict(depth=18, base_channels=16, pretrained=None),
    cls_head=dict(in_channels=128, num_classes=6))

train_cfg = dict(max_epochs=20)
param_scheduler = [dict(type='CosineAnnealingLR', T_max=20, by_epoch=True,
                        convert_to_iter_based=True)]
optim_wrapper = dict(optimizer=dict(lr=0.05, weight_decay=0.0001),
                     clip_grad=dict(max_norm=40))
auto_scale_lr = dict(base_batch_size=8)
