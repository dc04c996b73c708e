# Fine-tuning TIN-R50, as MMAction2 fine-tunes Kinetics-400 TSM-R50 weights
# into TIN (the wheel's .mim/configs/recognition/tin/
# tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb.py, schedule
# from _base_/schedules/sgd_50e.py): SGD lr 0.01, momentum 0.9, weight decay
# 1e-4, gradient clipping at 40, steps x0.1 after epochs 20 and 40, 50
# epochs, no warm-up; TSMOptimWrapperConstructor with the last fc layer at
# 5x the learning rate (fc_lr5). The lr is for 32 GPUs x 6 clips (the
# metafile's batch size and training resources; the config's name gives
# none). Validation runs every epoch (upstream: every 5).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=50)
param_scheduler = [
    dict(type='MultiStepLR', begin=0, end=50, by_epoch=True,
         milestones=[20, 40], gamma=0.1)
]

optim_wrapper = dict(optimizer=dict(lr=0.01, weight_decay=1e-4),
                     constructor='TSMOptimWrapperConstructor',
                     paramwise_cfg=dict(fc_lr5=True))
auto_scale_lr = dict(base_batch_size=192)
