# One action versus the rest with the small SlowOnly-R18 of
# configs/slowonly/demo.py (basic blocks, 16 base channels, from scratch).
# Lists from `tools/data/prepare_binary.py action data/binary --root
# data/binary/clips`; pick the threshold with
# tools/analysis/select_threshold.py on the val scores (docs/inference.md).
_base_ = [
    'mmaction::_base_/models/slowonly_r50.py', '_base_/binary_rgb.py',
    '../_base_/schedules/adamw_cosine.py', '../_base_/default_runtime.py'
]

model = dict(
    backbone=dict(depth=18, base_channels=16, pretrained=None,
                  zero_init_residual=False),
    cls_head=dict(in_channels=128, num_classes=2))

default_hooks = dict(checkpoint=dict(save_best='acc/mean1'))
auto_scale_lr = dict(base_batch_size=8)
