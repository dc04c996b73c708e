# R(2+1)D ResNet-34 on the BAST evaluation protocol (42 classes), trained from
# scratch with the upstream schedule r2plus1d/_base_/scratch.py cites; 32x2x1
# sampling, 10 clips x 3 crops at test time. bast_eval.py fine-tunes a
# pre-trained model instead.
#   python tools/train.py configs/r2plus1d/bast_eval_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_eval_rgb.py']

model = dict(cls_head=dict(num_classes=42))
