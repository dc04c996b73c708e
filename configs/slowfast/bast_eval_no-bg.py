# SlowFast ResNet-50 on BAST evaluation protocol (42 classes) with the
# background stripped (the background-stripping tool's output; same lists,
# labels and splits). Compare with bast_eval.py.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_eval_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=42))
