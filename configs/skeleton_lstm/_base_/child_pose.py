# Child action dataset (Turarova et al.): OpenPose 2D keypoints written by
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 24
# as data/child/child_7cls_24kp.pkl (keypoint (1, T, V, 2), keypoint_score,
# splits train / val / test by child, 7 actions: box, clap, go, jog, run,
# walk, wave). The 24/18/14 point sets share their first 14 points (nose,
# neck, right/left arm, right hip 8, knee, ankle, left hip 11, knee, ankle).
# Steps: centre on the hip midpoint (8, 11) per frame, unit = neck (1) to
# right hip (8) length; windows of 32 consecutive frames (a random one in
# training, the middle one in validation, 5 evenly spaced in testing).
dataset_type = 'PoseDataset'
ann_file = 'data/child/child_7cls_24kp.pkl'
num_classes = 7
clip_len = 32

normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=[8, 11],
         center_mode='frame', scale_joints=(1, 8)),
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
    dataset=dict(type=dataset_type, ann_file=ann_file, split='val',
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
