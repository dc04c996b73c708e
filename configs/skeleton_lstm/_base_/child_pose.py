# Child action dataset (Turarova et al.): OpenPose 2D keypoints written by
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 24
# as data/child/child_7cls_24kp.pkl (keypoint (1, T, V, 2), keypoint_score,
# splits train / val / test by child, 7 actions: box, clap, go, jog, run,
# walk, wave). The 24/18/14 point sets share their first 14 points (nose,
# neck, right/left arm, right hip 8, knee, ankle, left hip 11, knee, ankle).
# Steps: centre on the hip midpoint (8, 11) per frame, unit = neck (1) to
# right hip (8) length; windows of 32 consecutive frames (a random one in
# training, the middle one in validation, 5 evenly spaced in testing).
_base_ = ['../../_base_/datasets/skeleton_loaders.py']

ann_file = 'data/child/child_7cls_24kp.pkl'
num_classes = 7
clip_len = 32

normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=[8, 11],
         center_mode='frame', scale_joints=(1, 8)),
]
samplers = dict(
    _delete_=True,
    train=dict(type='SkeletonWindow', clip_len=clip_len),
    val=dict(type='SkeletonWindow', clip_len=clip_len, test_mode=True),
    test=dict(type='SkeletonWindow', clip_len=clip_len, num_clips=5,
              test_mode=True))
train_pipeline = normalize + [samplers['train']] + _base_.to_input
val_pipeline = normalize + [samplers['val']] + _base_.to_input
test_pipeline = normalize + [samplers['test']] + _base_.to_input

train_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=train_pipeline))
val_dataloader = dict(
    dataset=dict(ann_file=ann_file, split='val', pipeline=val_pipeline))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=test_pipeline))
