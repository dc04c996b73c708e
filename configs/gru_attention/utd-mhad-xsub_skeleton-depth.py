# Skeleton + depth: the skeleton model of utd-mhad-xsub_skeleton.py fused
# (average) with a small ResNet over the three depth motion maps (front,
# side, top; 64x64) of the whole depth sequence. Two measures keep the depth
# branch, which memorises the fixed maps of its 431 training sequences
# within a few epochs, from carrying the training loss while the skeleton
# branch stops learning (README.md, "Why depth hurt"): the maps are randomly
# cropped and resized in training (RandomCropDepthMaps), and each branch
# also has its own classifier and loss (BranchSupervisedHead; predictions
# use the fused features). Needs the depth maps of all subjects, converted
# with precomputed maps:
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
        return_branches=True),
    cls_head=dict(type='BranchSupervisedHead', num_branches=2,
                  num_classes=27, in_channels=256, dropout=0.5))

depth = [dict(type='PackActionInputs', collect_keys=('keypoint', 'dmm'))]
# the skeleton steps of the base pipelines, then the depth steps
train_pipeline = _base_.train_pipeline[:-1] + [
    dict(type='RandomCropDepthMaps', area_range=(0.7, 1.))
] + depth
val_pipeline = _base_.val_pipeline[:-1] + depth
test_pipeline = _base_.test_pipeline[:-1] + depth
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
