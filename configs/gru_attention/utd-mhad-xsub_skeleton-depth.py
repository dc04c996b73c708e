# Skeleton + depth: the skeleton model of utd-mhad-xsub_skeleton.py fused
# (average) with a small ResNet over the three depth motion maps (front,
# side, top; 64x64) of the whole depth sequence, with modality dropout: half
# of the training samples are fused from one branch alone (skeleton or
# depth), so that the depth branch, which fits the training set within a
# few epochs, cannot carry the loss while the skeleton branch stops
# learning (without it, branch_dropout=0: 88.84% top-1 against 93.02% for
# the skeleton alone; see README.md). Needs the depth maps of all subjects,
# converted with precomputed maps:
#   python tools/data/prepare_utd_mhad.py ROOT --dmm-size 64
# (to compute them on the fly instead, put dict(type='LoadDepthMat') and
# dict(type='DepthMotionMaps', size=(64, 64)) before PackActionInputs).
_base_ = ['utd-mhad-xsub_skeleton.py']

skeleton_model = _base_.model.backbone
model = dict(
    _delete_=True,
    type='MMRecognizer3D',
    data_preprocessor=dict(
        type='MultiModalDataPreprocessor',
        preprocessors=dict(keypoint=dict(type='ActionDataPreprocessor'),
                           dmm=dict(type='ActionDataPreprocessor'))),
    backbone=dict(
        type='SkeletonDepthFusion',
        skeleton=skeleton_model,
        depth=dict(type='ResNet2dSmall', in_channels=3, base_channels=16,
                   stem_stride=2),
        fusion_channels=256,
        fusion='avg',
        branch_dropout=0.5),
    cls_head=dict(type='MLPHead', num_classes=27, in_channels=256,
                  dropout=0.5))

depth = [dict(type='PackActionInputs', collect_keys=('keypoint', 'dmm'))]
# the skeleton steps of the base pipelines, then the depth steps
train_pipeline = _base_.train_pipeline[:-1] + depth
val_pipeline = _base_.val_pipeline[:-1] + depth
test_pipeline = _base_.test_pipeline[:-1] + depth
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
