# R(2+1)D ResNet-34 on the BAST base protocol (9 classes), trained from scratch
# with the upstream schedule r2plus1d/_base_/scratch.py cites; 32x2x1 sampling,
# 10 clips x 3 crops at test time. bast_base.py fine-tunes a pre-trained model
# instead.
#   python tools/train.py configs/r2plus1d/bast_base_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))
