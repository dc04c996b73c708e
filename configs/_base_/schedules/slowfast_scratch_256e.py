# SlowFast-R50 from scratch, as MMAction2 trains it on Kinetics-400 (the
# wheel's .mim/configs/recognition/slowfast/
# slowfast_r50_8xb8-4x16x1-256e_kinetics400-rgb.py): SGD lr 0.1 for 8 GPUs x
# 8 clips, momentum 0.9, weight decay 1e-4, gradient clipping at 40, a
# 34-epoch linear warm-up from 0.1 x lr (per iteration) under a cosine
# annealing to 0 over all 256 epochs (both from epoch 0, as upstream).
# Validation runs every epoch (upstream: every 5).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=256)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=34,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', T_max=256, eta_min=0, by_epoch=True,
         begin=0, end=256)
]

optim_wrapper = dict(optimizer=dict(lr=0.1, weight_decay=1e-4))
# Upstream's config has no auto_scale_lr; its name says 8 GPUs x 8 clips.
auto_scale_lr = dict(base_batch_size=64)
