# SlowOnly on the demo corpus RGB videos, shrunk for a 2-core CPU: ResNet3d
# SlowOnly with basic blocks and 16 base channels, 8x4x1 sampling at 64x64,
# trained from scratch. The full-size model is
# mmaction::_base_/models/slowonly_r50.py.
_base_ = [
    'mmaction::_base_/models/slowonly_r50.py',
    '../_base_/datasets/demo_rgb.py', '../_base_/schedules/adamw_cosine.py',
    '../_base_/default_runtime.py'
]

# From scratch on a few hundred clips, zero-initialised residual BNs (the
# ResNet3d default) learn much slower: on 540 demo clips, val top-1 was 0.29
# after 700 iterations with them and 0.50 after 400 without.
model = dict(
    backbone=dict(depth=18, base_channels=16, pretrained=None,
                  zero_init_residual=False),
    cls_head=dict(in_channels=128, num_classes=6))

auto_scale_lr = dict(base_batch_size=8)
