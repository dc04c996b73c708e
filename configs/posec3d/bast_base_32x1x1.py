# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on BAST base protocol (9
# classes) with 32x1x1 sampling (the thesis' sampling study; bast_base.py is
# the reference).
_base_ = ['./bast_base.py']

train_pipeline = _base_.train_pipeline
val_pipeline = _base_.val_pipeline
test_pipeline = _base_.test_pipeline
for pipeline in (train_pipeline, val_pipeline, test_pipeline):
    next(t for t in pipeline if t['type'] == 'UniformSampleFrames').update(
        clip_len=32)
del pipeline
train_dataloader = dict(
    dataset=dict(dataset=dict(pipeline=train_pipeline)))  # RepeatDataset
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
