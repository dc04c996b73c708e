# UTD-MHAD cross-subject (subjects 1,3,5,7 train / 2,4,6,8 test), Kinect v1
# skeletons (20 joints x (x, y, z)), written by
#   python tools/data/prepare_utd_mhad.py /path/to/utd_mhad
# Skeletons are centred on the hip centre (joint 3) of the first frame and
# scaled by the hip-centre to shoulder-centre length (joint 1); clip_len
# frames are sampled across the whole sequence (41-125 frames).
dataset_type = 'PoseDataset'
ann_file = 'data/utd_mhad/utd_mhad_xsub.pkl'
num_classes = 27
clip_len = 64

normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=3, center_mode='first',
         scale_joints=(3, 1)),
]
train_pipeline = normalize + [
    dict(type='RandomRotateScaleSkeleton', max_angles=(10, 30, 10),
         scale_range=(0.9, 1.1)),
    dict(type='UniformSampleFrames', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
val_pipeline = normalize + [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
test_pipeline = normalize + [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
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
