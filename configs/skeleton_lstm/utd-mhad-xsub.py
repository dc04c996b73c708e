# Skeleton LSTM (2 layers x 128, many-to-one: the last time step) + dense
# layer, Adam (lr 3e-3, 150 epochs), on UTD-MHAD cross-subject skeletons:
# 64 frames x 20 joints x (x, y, z) flattened to 60 values per frame.
_base_ = [
    '../gru_attention/_base_/utd_mhad_xsub_skeleton.py',
    '../gru_attention/_base_/adam_cosine.py'
]

model = dict(
    type='RecognizerGCN',
    backbone=dict(type='SkeletonLSTM', in_channels=3, num_joints=20,
                  hidden_channels=128, num_layers=2, dropout=0.2),
    cls_head=dict(type='MLPHead', num_classes=27, in_channels=128,
                  hidden_channels=(128, ), dropout=0.3))

max_epochs = 150
train_cfg = dict(max_epochs=max_epochs, val_interval=25)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=2,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', eta_min=1e-5, T_max=max_epochs - 2,
         by_epoch=True, begin=2, end=max_epochs, convert_to_iter_based=True)
]
optim_wrapper = dict(optimizer=dict(lr=3e-3))
default_hooks = dict(checkpoint=dict(interval=25))
