# CNN + LSTM on the UCF101 subset: a frozen, randomly initialised ResNet-18
# (no pretrained weights can be downloaded here) gives one 512-d feature per
# frame, computed once and cached; an LSTM (256) + dense layer (128) with
# dropout 0.5 classifies the 40-frame sequence.
_base_ = [
    '_base_/ucf101_subset_40seg.py', '../gru_attention/_base_/adam_cosine.py'
]

model = dict(
    type='RecognizerCNNLSTM',
    freeze_backbone=True,
    cache_features=True,
    backbone=dict(type='ResNet', depth=18, pretrained=None),
    cls_head=dict(type='LSTMHead', num_classes=4, in_channels=512,
                  hidden_channels=256, mlp_channels=(128, ), dropout=0.5),
    data_preprocessor=dict(type='ActionDataPreprocessor',
                           mean=[123.675, 116.28, 103.53],
                           std=[58.395, 57.12, 57.375], format_shape='NCHW'))

# Only the LSTM and dense layers train: after the first epochs every frame
# is cached and an epoch costs little more than decoding the videos.
train_dataloader = dict(batch_size=4)
train_cfg = dict(max_epochs=40, val_interval=10)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=2,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', eta_min=1e-5, T_max=38, by_epoch=True,
         begin=2, end=40, convert_to_iter_based=True)
]
default_hooks = dict(checkpoint=dict(interval=10))
auto_scale_lr = dict(base_batch_size=4)
