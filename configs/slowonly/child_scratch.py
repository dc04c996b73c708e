# SlowOnly ResNet-50 on the child action dataset (7 actions), trained from
# scratch with the upstream schedule slowonly/_base_/scratch.py cites; 8x8x1
# sampling, 10 clips x 3 crops at test time. child.py fine-tunes a pre-trained
# model instead.
#   python tools/train.py configs/slowonly/child_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_rgb_8x8x1.py']

model = dict(cls_head=dict(num_classes=7))
