# Adam + cosine annealing by epoch (2 warm-up epochs), validation every 5
# epochs, only the last checkpoint kept. UTD-MHAD has no validation split, so
# "val" is the test split: we report the last epoch, never the best one.
# Includes the repository runtime (it overrides its default_hooks).
_base_ = ['../../_base_/default_runtime.py']

train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=50, val_begin=1,
                 val_interval=5)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=2,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', eta_min=1e-5, T_max=48, by_epoch=True,
         begin=2, end=50, convert_to_iter_based=True)
]
optim_wrapper = dict(
    optimizer=dict(type='Adam', lr=1e-3, weight_decay=1e-4),
    clip_grad=dict(max_norm=5, norm_type=2))

default_hooks = dict(
    checkpoint=dict(interval=5, max_keep_ckpts=1, save_best=None),
    logger=dict(interval=20))
auto_scale_lr = dict(enable=False, base_batch_size=16)
