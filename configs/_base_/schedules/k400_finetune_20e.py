# Fine-tuning a Kinetics-400 checkpoint of a 3D ResNet (I3D, SlowOnly,
# SlowFast, R(2+1)D) on another dataset, as MMAction2 fine-tunes its
# Kinetics-400 SlowOnly-R50 and SlowFast-R50 on AVA (the wheel's
# .mim/configs/detection/slowonly/
# slowonly_kinetics400-pretrained-r50_8xb16-4x16x1-20e_ava21-rgb.py and
# detection/slowfast/slowfast_kinetics400-pretrained-r50_8xb16-4x16x1-20e_
# ava21-rgb.py hold the same numbers; MMAction2 ships no Kinetics-400 ->
# small-dataset fine-tune for these recognizers, and none at all for I3D or
# R(2+1)D): SGD lr 0.2 for 8 GPUs x 16 clips, momentum 0.9, weight decay
# 1e-5, gradient clipping at 40, a 5-epoch linear warm-up from 0.1 x lr,
# steps x0.1 after epochs 10 and 15, 20 epochs. BatchNorm keeps training
# (norm_eval=False, as upstream). Validation runs every epoch (upstream: 1).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=20)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=5),
    dict(type='MultiStepLR', begin=0, end=20, by_epoch=True,
         milestones=[10, 15], gamma=0.1)
]

optim_wrapper = dict(optimizer=dict(lr=0.2, weight_decay=1e-5))
auto_scale_lr = dict(base_batch_size=128)
