# SlowOnly-R50 from scratch, as MMAction2 trains it on Kinetics-400 (the
# wheel's .mim/configs/recognition/slowonly/
# slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb.py, schedule inherited from
# slowonly_r50_8xb16-4x16x1-256e_kinetics400-rgb.py): SGD lr 0.2 for 8 GPUs
# x 16 clips, momentum 0.9, weight decay 1e-4, gradient clipping at 40, a
# 34-epoch linear warm-up from 0.1 x lr, then cosine annealing to 0 until
# epoch 256. Validation runs every epoch (upstream: every 5).
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=256, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=34),
    dict(type='CosineAnnealingLR', T_max=222, eta_min=0, by_epoch=True,
         begin=34, end=256)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.2, momentum=0.9, weight_decay=1e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

# --auto-scale-lr scales lr by (GPUs x batch size) / base_batch_size.
auto_scale_lr = dict(enable=False, base_batch_size=128)
