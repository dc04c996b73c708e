# TIN ResNet-50 on KTH (6 actions) without video pretraining: ImageNet weights
# in the backbone and the upstream schedule tin/_base_/scratch.py cites
# (MMAction2 has no TIN from random weights); 8 one-frame segments (1x1x8), one
# clip and a centre crop at test time. kth.py fine-tunes a Kinetics-400 TIN
# instead.
#   python tools/train.py configs/tin/kth_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_rgb_1x1x8.py']

model = dict(cls_head=dict(num_classes=6))
