# SlowOnly ResNet-50 on the BAST base protocol (9 classes), trained from
# scratch with the upstream schedule slowonly/_base_/scratch.py cites; 8x8x1
# sampling, 10 clips x 3 crops at test time. bast_base.py fine-tunes a
# pre-trained model instead.
#   python tools/train.py configs/slowonly/bast_base_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))

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
