# R(2+1)D ResNet-34 on the child action dataset (7 actions), from scratch:
# 8x8x1 sampling (the 32-frame model is <dataset>_32x2x1.py), 10 clips x 3
# crops at test time (upstream
# r2plus1d_r34_8xb8-8x8x1-180e_kinetics400-rgb), one-cycle LR.
#   python tools/train.py configs/r2plus1d/child.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_rgb.py']

model = dict(cls_head=dict(num_classes=7))

# 8x8x1 sampling (the dataset base samples 32x2x1).
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
