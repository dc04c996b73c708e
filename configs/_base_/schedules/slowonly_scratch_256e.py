# SlowOnly-R50 from scratch, as MMAction2 trains it on Kinetics-400 (the
# wheel's .mim/configs/recognition/slowonly/
# slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb.py, schedule inherited from
# slowonly_r50_8xb16-4x16x1-256e_kinetics400-rgb.py): SGD lr 0.2 for 8 GPUs
# x 16 clips, momentum 0.9, weight decay 1e-4, gradient clipping at 40, a
# 34-epoch linear warm-up from 0.1 x lr, then cosine annealing to 0 until
# epoch 256. Validation runs every epoch (upstream: every 5).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=256)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=34),
    dict(type='CosineAnnealingLR', T_max=222, eta_min=0, by_epoch=True,
         begin=34, end=256)
]

optim_wrapper = dict(optimizer=dict(lr=0.2, weight_decay=1e-4))
auto_scale_lr = dict(base_batch_size=128)
