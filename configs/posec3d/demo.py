# PoseC3D on the demo corpus, shrunk to train in a few minutes on a 2-core
# CPU: SlowOnly-R18-style backbone (basic blocks, 16 base channels), 32
# frames of 48x48 heatmaps. The full-size recipe is
# _base_/models/posec3d_slowonly_r50.py with 48 frames at 56x56.
_base_ = [
    '../_base_/models/posec3d_slowonly_r50.py',
    '../_base_/datasets/demo_pose.py', '../_base_/schedules/sgd_cosine.py',
    '../_base_/default_runtime.py'
]

model = dict(
    backbone=dict(depth=18, base_channels=16, stage_blocks=(2, 2, 2)),
    cls_head=dict(in_channels=64, num_classes=6))

train_cfg = dict(max_epochs=4)
param_scheduler = [dict(type='CosineAnnealingLR', T_max=4, by_epoch=True,
                        convert_to_iter_based=True)]
optim_wrapper = dict(optimizer=dict(lr=0.05))
auto_scale_lr = dict(base_batch_size=8)
