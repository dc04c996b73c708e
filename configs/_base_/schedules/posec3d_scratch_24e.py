# PoseC3D from scratch, as MMAction2 trains it on NTU60 and FineGYM (the
# wheel's .mim/configs/skeleton/posec3d/
# slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint.py; gym-keypoint holds the
# same numbers): SGD lr 0.2 for 8 GPUs x 16 clips, momentum 0.9 (no
# Nesterov), weight decay 3e-4, gradient clipping at 40, cosine annealing to
# 0 over 24 epochs, updated every iteration, on the training set repeated 10
# times (the RepeatDataset of the pose dataset bases: 240 effective epochs).
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=24, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=24, by_epoch=True,
         convert_to_iter_based=True)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.2, momentum=0.9, weight_decay=3e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

# --auto-scale-lr scales lr by (GPUs x batch size) / base_batch_size.
auto_scale_lr = dict(enable=False, base_batch_size=128)
