# PoseC3D from scratch, as MMAction2 trains it on NTU60 and FineGYM (the
# wheel's .mim/configs/skeleton/posec3d/
# slowonly_r50_8xb16-u48-240e_ntu60-xsub-keypoint.py; gym-keypoint holds the
# same numbers): SGD lr 0.2 for 8 GPUs x 16 clips, momentum 0.9 (no
# Nesterov), weight decay 3e-4, gradient clipping at 40, cosine annealing to
# 0 over 24 epochs, updated every iteration, on the training set repeated 10
# times (the RepeatDataset of the pose dataset bases: 240 effective epochs).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=24)
param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=24, by_epoch=True,
         convert_to_iter_based=True)
]

optim_wrapper = dict(optimizer=dict(lr=0.2, weight_decay=3e-4))
auto_scale_lr = dict(base_batch_size=128)
