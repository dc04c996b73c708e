# ST-GCN++ and its schedule, as MMAction2's
# skeleton/stgcnpp/stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-2d.py:
# STGCN with the ++ settings (adaptive graph initialised from the layout,
# residual GCN, multi-scale TCN), GCNHead; SGD lr 0.1 for 8 GPUs x 16
# samples (`--auto-scale-lr` scales it to the batch actually used),
# momentum 0.9, nesterov, weight decay 5e-4, cosine to 0 over 16 epochs.
# Children set the graph layout (graph_cfg.layout), the classes and the
# data (upstream repeats the training set 5 times per epoch with
# RepeatDataset). Validation every 4 epochs, the last checkpoint kept.
_base_ = ['../../_base_/default_runtime.py']

model = dict(
    type='RecognizerGCN',
    backbone=dict(
        type='STGCN',
        gcn_adaptive='init',
        gcn_with_res=True,
        tcn_type='mstcn',
        graph_cfg=dict(mode='spatial')),
    cls_head=dict(type='GCNHead', num_classes=60, in_channels=256))

train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=16, val_begin=1,
                 val_interval=4)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=16, by_epoch=True,
         convert_to_iter_based=True)
]
optim_wrapper = dict(
    optimizer=dict(type='SGD', lr=0.1, momentum=0.9, weight_decay=0.0005,
                   nesterov=True))

default_hooks = dict(checkpoint=dict(interval=4, max_keep_ckpts=1))
auto_scale_lr = dict(enable=False, base_batch_size=128)
