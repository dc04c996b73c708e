# UTD-MHAD cross-subject (subjects 1,3,5,7 train / 2,4,6,8 test), Kinect v1
# skeletons (20 joints x (x, y, z)), written by
#   python tools/data/prepare_utd_mhad.py /path/to/utd_mhad
# Loading as in configs/_base_/datasets/skeleton_loaders.py. Skeletons are
# centred on the hip centre (joint 3) of the first frame and scaled by the
# hip-centre to shoulder-centre length (joint 1); clip_len frames are
# sampled across the whole sequence (41-125 frames), without the temporal
# crop of configs/_base_/datasets/utd_mhad_xsub_skeleton.py.
_base_ = ['../../_base_/datasets/skeleton_loaders.py']

ann_file = 'data/utd_mhad/utd_mhad_xsub.pkl'
num_classes = 27
clip_len = 64

normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=3, center_mode='first',
         scale_joints=(3, 1)),
]
augment = [
    dict(type='RandomRotateScaleSkeleton', max_angles=(10, 30, 10),
         scale_range=(0.9, 1.1))
]
samplers = dict(
    train=dict(type='UniformSampleFrames', clip_len=clip_len),
    val=dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
             test_mode=True),
    test=dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
              test_mode=True))
train_pipeline = normalize + augment + [samplers['train']] + _base_.to_input
val_pipeline = normalize + [samplers['val']] + _base_.to_input
test_pipeline = normalize + [samplers['test']] + _base_.to_input

train_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=val_pipeline))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=test_pipeline))
