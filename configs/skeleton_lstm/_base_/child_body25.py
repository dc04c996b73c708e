# Child-action pose data: OpenPose BODY_25 2D keypoints (x, y, confidence)
# in an MMAction2 pose pickle (keypoint (1, T, 25, 2), keypoint_score
# (1, T, 25)), expected at data/child/child_body25.pkl with splits train and
# test. NOTE: the importer that writes it is not part of this repository yet;
# the path and split names are assumptions.
# Steps: centre on MidHip (8) per frame, unit = neck (1) to MidHip length;
# keep a keypoint subset (24/18/14, see SelectKeypoints); windows of 32
# consecutive frames (a random one in training, 5 evenly spaced in testing).
dataset_type = 'PoseDataset'
ann_file = 'data/child/child_body25.pkl'
clip_len = 32
subset = 'body25_24'

normalize = [
    dict(type='NormalizeSkeleton', center_joints=8, center_mode='frame',
         scale_joints=(1, 8)),
    dict(type='SelectKeypoints', subset=subset),
    dict(type='DiscardKeys', keys=['keypoint_score']),
]
train_pipeline = normalize + [
    dict(type='SkeletonWindow', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
val_pipeline = normalize + [
    dict(type='SkeletonWindow', clip_len=clip_len, test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
test_pipeline = normalize + [
    dict(type='SkeletonWindow', clip_len=clip_len, num_clips=5,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]

train_dataloader = dict(
    batch_size=16,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=True),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='train',
                 pipeline=train_pipeline))
val_dataloader = dict(
    batch_size=32,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='test',
                 pipeline=val_pipeline, test_mode=True))
test_dataloader = dict(
    batch_size=8,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='test',
                 pipeline=test_pipeline, test_mode=True))

val_evaluator = [dict(type='AccMetric')]
test_evaluator = val_evaluator
