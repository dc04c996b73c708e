# Penn Action (15 actions, official split: 1258 train / 1068 test
# sequences), skeleton flavour for PoseC3D: data/penn_action/penn_action.pkl
# written by
#   python tools/data/prepare_penn_action.py \
#       Penn_Action/labels data/penn_action
# Its 13 annotated joints (head, shoulders, elbows, wrists, hips, knees,
# ankles; left before right) become 13 heatmap channels; the left/right
# pairs follow that order. Penn Action has no validation split: validation
# reads the test split, as the published Penn Action results do. Otherwise
# the PoseC3D recipe of bast_base_pose.py (upstream's NTU60 keypoint config:
# 48 frames, 56x56, sigma 0.6, RepeatDataset x10, 10 clips with `double`).
_base_ = ['./bast_base_pose.py']

ann_file = 'data/penn_action/penn_action.pkl'
num_classes = 15
left_kp = [1, 3, 5, 7, 9, 11]
right_kp = [2, 4, 6, 8, 10, 12]
_target = dict(type='GeneratePoseTarget', sigma=0.6, use_score=True,
               with_kp=True, with_limb=False)
_test_head = [
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 64)),
    dict(type='CenterCrop', crop_size=64)
]
_tail = [dict(type='FormatShape', input_format='NCTHW_Heatmap'),
         dict(type='PackActionInputs')]

train_pipeline = [
    dict(type='UniformSampleFrames', clip_len=48),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 64)),
    dict(type='RandomResizedCrop', area_range=(0.56, 1.0)),
    dict(type='Resize', scale=(56, 56), keep_ratio=False),
    dict(type='Flip', flip_ratio=0.5, left_kp=left_kp, right_kp=right_kp),
    _target, *_tail
]
val_pipeline = [
    dict(type='UniformSampleFrames', clip_len=48, num_clips=1,
         test_mode=True), *_test_head, _target, *_tail
]
test_pipeline = [
    dict(type='UniformSampleFrames', clip_len=48, num_clips=10,
         test_mode=True), *_test_head,
    dict(_target, double=True, left_kp=left_kp, right_kp=right_kp), *_tail
]

train_dataloader = dict(dataset=dict(dataset=dict(
    ann_file=ann_file, pipeline=train_pipeline)))
val_dataloader = dict(dataset=dict(ann_file=ann_file, split='test',
                                   pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(ann_file=ann_file,
                                    pipeline=test_pipeline))
