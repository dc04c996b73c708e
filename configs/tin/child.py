# TIN ResNet-50 on the child action dataset (7 actions), from scratch, with
# MMAction2's TIN recipe (upstream
# tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb): 8 one-frame
# segments (1x1x8), multi-scale crops, the last fc layer at 5x the learning
# rate, one centre crop at test time.
#   python tools/train.py configs/tin/child.py
_base_ = [
    '../_base_/models/tin_r50.py', '../_base_/datasets/child_rgb.py',
    '../_base_/schedules/sgd_cosine_rgb.py', '../_base_/default_runtime.py'
]

model = dict(cls_head=dict(num_classes=7))
optim_wrapper = dict(constructor='TSMOptimWrapperConstructor',
                     paramwise_cfg=dict(fc_lr5=True))

# TIN's 2D views (the dataset base samples 32x2x1 clips, 10 x 3 at test).
train_pipeline = _base_.train_pipeline
val_pipeline = _base_.val_pipeline
test_pipeline = _base_.test_pipeline
for pipeline in (train_pipeline, val_pipeline, test_pipeline):
    for transform in pipeline:
        transform.update(_base_.tin_views.get(transform['type'], {}))
del pipeline, transform
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
