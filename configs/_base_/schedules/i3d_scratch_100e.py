# I3D-R50 from random weights with the schedule of MMAction2's only I3D-R50
# recipe (the wheel's .mim/configs/recognition/i3d/
# i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb.py; upstream
# inflates ImageNet weights into it, which needs torchvision, so there is no
# I3D recipe from random weights upstream): SGD lr 0.01 for 8 GPUs x 8 clips,
# momentum 0.9, weight decay 1e-4, gradient clipping at 40, steps x0.1
# after epochs 40 and 80, 100 epochs, no warm-up.
_base_ = ['./sgd.py']

train_cfg = dict(max_epochs=100)
param_scheduler = [
    dict(type='MultiStepLR', begin=0, end=100, by_epoch=True,
         milestones=[40, 80], gamma=0.1)
]

optim_wrapper = dict(optimizer=dict(lr=0.01, weight_decay=1e-4))
auto_scale_lr = dict(base_batch_size=64)
