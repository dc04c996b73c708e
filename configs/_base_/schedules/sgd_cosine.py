# SGD (Nesterov) + cosine annealing by epoch, with gradient clipping: the
# schedule of the CPU-sized demo PoseC3D (configs/posec3d/demo.py). The zoo's
# PoseC3D recipes use posec3d_finetune_12e.py and posec3d_scratch_24e.py.
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=24, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=24, by_epoch=True,
         convert_to_iter_based=True)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.2, momentum=0.9, weight_decay=0.0003,
                   nesterov=True),
    clip_grad=dict(max_norm=40, norm_type=2))

# --auto-scale-lr scales lr by (GPUs x batch size) / base_batch_size.
auto_scale_lr = dict(enable=False, base_batch_size=128)
