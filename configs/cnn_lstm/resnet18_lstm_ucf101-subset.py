# CNN + LSTM trained end to end: as resnet18-frozen_lstm_ucf101-subset.py but
# the ResNet-18 is updated too (10x lower learning rate than the LSTM), so
# nothing is cached and every step runs the CNN on 40 frames per video.
# Start from ImageNet weights where they can be had, e.g.
#   --cfg-options model.backbone.pretrained=torchvision://resnet18
# (needs torchvision and internet); from scratch otherwise.
_base_ = ['resnet18-frozen_lstm_ucf101-subset.py']

model = dict(freeze_backbone=False, cache_features=False)
train_dataloader = dict(batch_size=2)
optim_wrapper = dict(paramwise_cfg=dict(
    custom_keys=dict(backbone=dict(lr_mult=0.1))))
auto_scale_lr = dict(base_batch_size=2)
