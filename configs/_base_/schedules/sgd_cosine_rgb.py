# SGD + cosine annealing for the RGB 3D CNNs (I3D, SlowOnly, SlowFast, CSN)
# on small datasets: lr 0.01 for a batch of 64 (MMAction2's Kinetics recipes
# use 0.01-0.1 per 64), weight decay 1e-4, gradient clipping, 50 epochs with
# a 5-epoch linear warm-up.
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=50, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=5,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', T_max=45, eta_min=0, by_epoch=True,
         begin=5, end=50, convert_to_iter_based=True)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.01, momentum=0.9, weight_decay=1e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

auto_scale_lr = dict(enable=False, base_batch_size=64)
