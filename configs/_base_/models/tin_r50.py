# TIN ResNet-50 (Temporal Interlacing Network, Shao et al., AAAI 2020;
# MMAction2's tin_r50: ResNetTIN with shift_div 4 on 8 segments, TSMHead),
# from scratch. Upstream starts from ImageNet weights through
# `torchvision://resnet50`, which needs torchvision; the transfer variants
# load a whole Kinetics-400 TIN checkpoint with `load_from` instead. TIN's
# temporal shift (mmcv.ops.tin_shift) runs on mmcv-lite through
# mmaction_har/compat/mmcv_ext.py.
_base_ = ['mmaction::_base_/models/tin_r50.py']

# The head shifts as in the Kinetics-400 recipe
# (tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb).
model = dict(backbone=dict(pretrained=None, pretrained2d=False),
             cls_head=dict(is_shift=True))

# TIN's 2D views of that recipe, by transform type: each TIN config updates
# its dataset base's pipelines with them (8 one-frame segments, TSM's
# multi-scale crops, one centre crop at test time instead of 10 x 3 views).
tin_views = dict(
    SampleFrames=dict(clip_len=1, frame_interval=1, num_clips=8),
    RandomResizedCrop=dict(type='MultiScaleCrop', input_size=224,
                           scales=(1, 0.875, 0.75, 0.66), random_crop=False,
                           max_wh_scale_gap=1),
    ThreeCrop=dict(type='CenterCrop', crop_size=224),
    FormatShape=dict(input_format='NCHW'))
