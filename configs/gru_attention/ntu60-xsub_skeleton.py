# The temporal-attention model on NTU RGB+D 60 cross-subject 3D skeletons
# (25 joints x (x, y, z), up to 2 persons stacked as 50 image rows), read
# from data/ntu/ntu60_3d.pkl as written by
#   python tools/data/prepare_ntu.py SKELETON_DIR data/ntu
# (splits xsub_train / xsub_val; keypoint (M, T, 25, 3), no scores, like
# MMAction2's ntu60_3d.pkl). Not trained here: only 5 NTU files are local.
_base_ = ['utd-mhad-xsub_skeleton.py']

ann_file = 'data/ntu/ntu60_3d.pkl'
clip_len = 64
model = dict(
    backbone=dict(num_joints=25, num_person=2),
    cls_head=dict(num_classes=60))

# PreNormalize3D: origin at the spine (joint 1) of the first frame, spine
# rotated to z and shoulders (8 -> 4) to x, as MMAction2's NTU GCN configs.
train_pipeline = [
    dict(type='PreNormalize3D'),
    dict(type='RandomRotateScaleSkeleton', max_angles=(10, 30, 10),
         scale_range=(0.9, 1.1)),
    dict(type='UniformSampleFrames', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=2),
    dict(type='PackActionInputs')
]
val_pipeline = [
    dict(type='PreNormalize3D'),
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=2),
    dict(type='PackActionInputs')
]
test_pipeline = [
    dict(type='PreNormalize3D'),
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=2),
    dict(type='PackActionInputs')
]
train_dataloader = dict(
    batch_size=32,
    dataset=dict(ann_file=ann_file, split='xsub_train',
                 pipeline=train_pipeline))
val_dataloader = dict(
    dataset=dict(ann_file=ann_file, split='xsub_val', pipeline=val_pipeline))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, split='xsub_val',
                 pipeline=test_pipeline))

train_cfg = dict(max_epochs=30, val_interval=5)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=1,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', eta_min=1e-5, T_max=29, by_epoch=True,
         begin=1, end=30, convert_to_iter_based=True)
]
auto_scale_lr = dict(base_batch_size=32)
