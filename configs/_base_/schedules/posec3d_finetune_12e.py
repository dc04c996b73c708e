# Fine-tuning PoseC3D, as MMAction2 fine-tunes its Kinetics-400 keypoint
# model on UCF101 and HMDB51 (the wheel's .mim/configs/skeleton/posec3d/
# slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_{ucf101,hmdb51}-split1-
# keypoint.py): SGD lr 0.01 for 8 GPUs x 16 clips, momentum 0.9, weight
# decay 3e-4, gradient clipping at 40, steps x0.1 after epochs 9 and 11, 12
# epochs over the training set repeated 10 times (the RepeatDataset of the
# pose dataset bases: 120 effective epochs).
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=12, val_begin=1,
                 val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='MultiStepLR', begin=0, end=12, by_epoch=True,
         milestones=[9, 11], gamma=0.1)
]

optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.01, momentum=0.9, weight_decay=3e-4),
    clip_grad=dict(max_norm=40, norm_type=2))

# --auto-scale-lr scales lr by (GPUs x batch size) / base_batch_size.
auto_scale_lr = dict(enable=False, base_batch_size=128)
