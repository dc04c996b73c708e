# Demo corpus, skeleton flavour: the corpus' skeletons published as OpenPose
# JSON (tools/data/make_demo_raw.py) and imported by
# tools/data/prepare_child.py (COCO-17 keypoints, split by subject). `make
# demo` runs both.
# Heatmaps: FastGeneratePoseTarget, MMAction2's GeneratePoseTarget vectorised
# (same maps within 1e-6, docs/benchmarks.md).
dataset_type = 'PoseDataset'
ann_file = 'data/demo/child/child_6cls_17kp.pkl'
num_classes = 6
clip_len = 32
left_kp = [1, 3, 5, 7, 9, 11, 13, 15]
right_kp = [2, 4, 6, 8, 10, 12, 14, 16]

train_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 40)),
    dict(type='RandomResizedCrop', area_range=(0.56, 1.0)),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='Flip', flip_ratio=0.5, left_kp=left_kp, right_kp=right_kp),
    dict(type='FastGeneratePoseTarget', sigma=0.6, use_score=True,
         with_kp=True, with_limb=False),
    dict(type='FormatShape', input_format='NCTHW_Heatmap'),
    dict(type='PackActionInputs')
]
val_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='FastGeneratePoseTarget', sigma=0.6, use_score=True,
         with_kp=True, with_limb=False),
    dict(type='FormatShape', input_format='NCTHW_Heatmap'),
    dict(type='PackActionInputs')
]
test_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=2,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='FastGeneratePoseTarget', sigma=0.6, use_score=True,
         with_kp=True, with_limb=False, double=True, left_kp=left_kp,
         right_kp=right_kp),
    dict(type='FormatShape', input_format='NCTHW_Heatmap'),
    dict(type='PackActionInputs')
]

train_dataloader = dict(
    batch_size=8,
    num_workers=2,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=True),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='train',
                 pipeline=train_pipeline))
val_dataloader = dict(
    batch_size=8,
    num_workers=2,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='val',
                 pipeline=val_pipeline, test_mode=True))
test_dataloader = dict(
    batch_size=1,
    num_workers=2,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, ann_file=ann_file, split='test',
                 pipeline=test_pipeline, test_mode=True))

val_evaluator = [dict(type='AccMetric',
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2, 3,
                                                                    5))))]
test_evaluator = val_evaluator
