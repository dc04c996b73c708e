# kth_rgb.py as 2D input, as MMAction2's TSM and TIN configs read it (the
# wheel's .mim/configs/recognition/tin/
# tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb.py): 8
# one-frame segments (1x1x8) in (N, C, H, W) frames, TSM's multi-scale crops,
# one clip and a 224 px centre crop at test time.
_base_ = ['./kth_rgb.py']

views = dict(  # by transform type
    SampleFrames=dict(clip_len=1, frame_interval=1, num_clips=8),
    RandomResizedCrop=dict(type='MultiScaleCrop', input_size=224,
                           scales=(1, 0.875, 0.75, 0.66), random_crop=False,
                           max_wh_scale_gap=1),
    ThreeCrop=dict(type='CenterCrop', crop_size=224),
    FormatShape=dict(input_format='NCHW'))
train_pipeline = _base_.train_pipeline
val_pipeline = _base_.val_pipeline
test_pipeline = _base_.test_pipeline
for pipeline in (train_pipeline, val_pipeline, test_pipeline):
    for transform in pipeline:
        transform.update(views.get(transform['type'], {}))
del views, pipeline, transform
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
