# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the child action dataset (7
# actions) with 32x1x1 sampling (the thesis' sampling study; child.py is the
# reference).
_base_ = ['./child.py']

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
