# SGD with a one-cycle learning rate (Smith & Topin), the R(2+1)D recipe of
# the seeds: mmengine's OneCycleLR over the whole run, updated every
# iteration (peak 0.1 for a batch of 64, 30 % warm-up, cosine annealing).
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=50, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='OneCycleLR', eta_max=0.1, pct_start=0.3,
         anneal_strategy='cos', by_epoch=True, begin=0, end=50,
         convert_to_iter_based=True)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.1, momentum=0.9, weight_decay=1e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

auto_scale_lr = dict(enable=False, base_batch_size=64)
