# R(2+1)D ResNet-34 on KTH (6 actions) with 8x8x1 sampling, fine-tuned from
# MMAction2's 8x8x1 Kinetics-400 checkpoint
# (r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb); kth.py samples 32x2x1 and
# starts from the 32x2x1 one.
_base_ = ['./kth.py']

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
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/r2plus1d/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb/r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb_20220812-47cfe041.pth'  # noqa: E501
