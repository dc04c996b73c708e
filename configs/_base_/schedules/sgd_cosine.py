# SGD (Nesterov) + cosine annealing by epoch, with gradient clipping: the
# schedule of the CPU-sized demo PoseC3D (configs/posec3d/demo.py). The zoo's
# PoseC3D recipes use posec3d_finetune_12e.py and posec3d_scratch_24e.py.
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=24)
param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=24, by_epoch=True,
         convert_to_iter_based=True)
]

optim_wrapper = dict(
    optimizer=dict(lr=0.2, weight_decay=0.0003, nesterov=True))
auto_scale_lr = dict(base_batch_size=128)
