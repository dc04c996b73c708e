# As child_24kp.py with the first 14 of the 24 points (COCO-18 without the
# eyes and ears).
_base_ = ['child_24kp.py']

select = dict(type='SelectKeypoints', subset='body25_14')
train_pipeline = [select if t['type'] == 'SelectKeypoints' else t
                  for t in _base_.train_pipeline]
val_pipeline = [select if t['type'] == 'SelectKeypoints' else t
                for t in _base_.val_pipeline]
test_pipeline = [select if t['type'] == 'SelectKeypoints' else t
                 for t in _base_.test_pipeline]
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
model = dict(backbone=dict(num_joints=14))
