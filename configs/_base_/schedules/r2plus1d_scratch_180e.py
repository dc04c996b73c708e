# R(2+1)D-34 from scratch, as MMAction2 trains it on Kinetics-400 (the
# wheel's .mim/configs/recognition/r2plus1d/
# r2plus1d_r34_8xb8-32x2x1-180e_kinetics400-rgb.py, schedule inherited from
# r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb.py): SGD lr 0.01 for 8 GPUs x
# 8 clips, momentum 0.9, weight decay 1e-4, gradient clipping at 40, cosine
# annealing to 0 over 180 epochs, no warm-up. Validation runs every epoch
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=180)
param_scheduler = [
    dict(type='CosineAnnealingLR', T_max=180, eta_min=0, by_epoch=True)
]

optim_wrapper = dict(optimizer=dict(lr=0.01, weight_decay=1e-4))
auto_scale_lr = dict(base_batch_size=64)
