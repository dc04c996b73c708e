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

# AdamW lr 5e-4 instead of the schedule's 1e-3 (weight decay, clipping and
# the 16-epoch cosine unchanged, so no slower per epoch). From scratch, 1e-3
# is seed-fragile: with seed 0 the training loss stayed at ln 6 = 1.79 for
# all 16 epochs (test top-1 0.158, chance 0.167) and seeds 1 and 2 were as
# flat for 3 epochs; a 1-epoch linear warm-up to 1e-3 was still near 1.79
# after 4 epochs (seed 0). Measured on the demo corpus: with 5e-4 the loss
# leaves 1.79 by epoch 3-4 for seeds 0-4 and, after 16 epochs, ends at
# 0.74/0.79/0.73 with test top-1 0.708/0.692/0.650 for seeds 0/1/2 (seed 4:
# 0.600); 3e-4 learns too but ends higher (loss 0.82-0.87, top-1
# 0.617/0.708/0.708).
optim_wrapper = dict(optimizer=dict(lr=5e-4))
