# SlowFast ResNet-50 on the BAST base protocol (9 classes), trained from
# scratch with the upstream schedule slowfast/_base_/scratch.py cites; 4x16x1
# (32 frames at interval 2, the slow pathway every 8th), 10 clips x 3 crops at
# test time. bast_base.py fine-tunes a pre-trained model instead.
#   python tools/train.py configs/slowfast/bast_base_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))
