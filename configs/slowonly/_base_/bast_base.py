# The bast_base_rgb dataset base with SlowOnly's 8x8x1 sampling (the dataset
# bases sample 32x2x1 for I3D, SlowFast, R(2+1)D and CSN), as upstream's
# slowonly_r50_8xb16-8x8x1-256e_kinetics400-rgb.
_base_ = ['../../_base_/datasets/bast_base_rgb.py']

train_pipeline = _base_.train_pipeline
val_pipeline = _base_.val_pipeline
test_pipeline = _base_.test_pipeline
for pipeline in (train_pipeline, val_pipeline, test_pipeline):
    next(t for t in pipeline if t['type'] == 'SampleFrames').update(
        clip_len=8, frame_interval=8)
del pipeline
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
