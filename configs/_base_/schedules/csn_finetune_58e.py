# Fine-tuning ir-CSN-152 from IG-65M / Kinetics-400 weights, as MMAction2's
# IG-65M -> Kinetics-400 fine-tune (the wheel's .mim/configs/recognition/
# csn/ircsn_ig65m-pretrained-r152-bnfrozen_8xb12-32x2x1-58e_kinetics400-rgb.py,
# which ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb.py
# inherits unchanged; the Sports-1M fine-tunes use the same numbers): SGD lr
# 5e-4 for 8 GPUs x 12 clips, momentum 0.9, weight decay 1e-4, gradient
# clipping at 40, a 16-epoch linear warm-up from 0.1 x lr, steps x0.1 after
# epochs 32 and 48, 58 epochs. The model side of the recipe (BatchNorm
# frozen: norm_eval=True, bn_frozen=True) is in configs/csn/_base_/.
# Validation runs every epoch (upstream: every 3).
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=58)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=16),
    dict(type='MultiStepLR', begin=0, end=58, by_epoch=True,
         milestones=[32, 48], gamma=0.1)
]

optim_wrapper = dict(optimizer=dict(lr=5e-4, weight_decay=1e-4))
auto_scale_lr = dict(base_batch_size=96)
