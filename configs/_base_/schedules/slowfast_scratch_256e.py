# SlowFast-R50 from scratch, as MMAction2 trains it on Kinetics-400 (the
# wheel's .mim/configs/recognition/slowfast/
# slowfast_r50_8xb8-4x16x1-256e_kinetics400-rgb.py): SGD lr 0.1 for 8 GPUs x
# 8 clips, momentum 0.9, weight decay 1e-4, gradient clipping at 40, a
# 34-epoch linear warm-up from 0.1 x lr (per iteration) under a cosine
# annealing to 0 over all 256 epochs (both from epoch 0, as upstream).
# Validation runs every epoch (upstream: every 5).
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=256, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=34,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', T_max=256, eta_min=0, by_epoch=True,
         begin=0, end=256)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.1, momentum=0.9, weight_decay=1e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

# --auto-scale-lr scales lr by (GPUs x batch size) / base_batch_size
# (upstream's config has no auto_scale_lr; its name says 8 GPUs x 8 clips).
auto_scale_lr = dict(enable=False, base_batch_size=64)
