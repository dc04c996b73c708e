# The child-action study's skeleton LSTM (2 layers x 128, dropout 0.2
# between them) + a dense layer (128, dropout 0.3) and the classifier, with
# the schedule for the small real datasets: Adam lr 3e-3, 150 epochs (2 of
# warm-up, then cosine), validation and checkpoint every 25 epochs.
# Children set num_joints, in_channels, the pooling and the classes.
_base_ = ['../../gru_attention/_base_/adam_cosine.py']

model = dict(
    type='RecognizerGCN',
    backbone=dict(type='SkeletonLSTM', in_channels=3, hidden_channels=128,
                  num_layers=2, dropout=0.2),
    cls_head=dict(type='MLPHead', in_channels=128, hidden_channels=(128, ),
                  dropout=0.3))

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
