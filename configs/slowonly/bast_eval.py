# SlowOnly ResNet-50 on the BAST evaluation protocol (42 classes), fine-tuned
# from the checkpoint that slowonly/_base_/finetune.py names, with the schedule
# of the upstream fine-tune it cites; 8x8x1 sampling, 10 clips x 3 crops at
# test time.
#   python tools/train.py configs/slowonly/bast_eval.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_eval_rgb.py']

model = dict(cls_head=dict(num_classes=42))

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
