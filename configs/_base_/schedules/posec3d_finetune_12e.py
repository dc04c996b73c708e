# Fine-tuning PoseC3D, as MMAction2 fine-tunes its Kinetics-400 keypoint
# model on UCF101 and HMDB51 (the wheel's .mim/configs/skeleton/posec3d/
# slowonly_kinetics400-pretrained-r50_8xb16-u48-120e_{ucf101,hmdb51}-split1-
# keypoint.py): SGD lr 0.01 for 8 GPUs x 16 clips, momentum 0.9, weight
# decay 3e-4, gradient clipping at 40, steps x0.1 after epochs 9 and 11, 12
# epochs over the training set repeated 10 times (the RepeatDataset of the
# pose dataset bases: 120 effective epochs).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=12)
param_scheduler = [
    dict(type='MultiStepLR', begin=0, end=12, by_epoch=True,
         milestones=[9, 11], gamma=0.1)
]

optim_wrapper = dict(optimizer=dict(lr=0.01, weight_decay=3e-4))
auto_scale_lr = dict(base_batch_size=128)
