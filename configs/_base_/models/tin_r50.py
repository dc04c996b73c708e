# TIN ResNet-50 (Temporal Interlacing Network, Shao et al., AAAI 2020;
# MMAction2's tin_r50: ResNetTIN with shift_div 4 on 8 segments, TSMHead).
# Its weights come from the recipe: configs/tin/_base_/finetune.py loads a
# whole Kinetics-400 TIN checkpoint (load_from), configs/tin/_base_/scratch.py
# loads ImageNet ResNet-50 weights into the backbone. TIN's temporal shift
# (mmcv.ops.tin_shift) runs on mmcv-lite through
# mmaction_har/compat/mmcv_ext.py. It reads 2D input: the
# ../datasets/*_rgb_1x1x8.py bases.
_base_ = ['mmaction::_base_/models/tin_r50.py']

# is_shift as in the Kinetics-400 recipe
# (tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb); without
# temporal_pool it does not change the head's output.
model = dict(backbone=dict(pretrained=None, pretrained2d=False),
             cls_head=dict(is_shift=True))
