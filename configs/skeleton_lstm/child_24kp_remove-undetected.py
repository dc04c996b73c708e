# As child_24kp.py, with undetected (near-zero) keypoints removed first:
# each is replaced by linear interpolation between the nearest frames where
# that joint was detected (RemoveUndetectedKeypoints).
_base_ = ['child_24kp.py']

remove = dict(type='RemoveUndetectedKeypoints', mode='interpolate')
train_pipeline = [remove] + _base_.train_pipeline
val_pipeline = [remove] + _base_.val_pipeline
test_pipeline = [remove] + _base_.test_pipeline
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
