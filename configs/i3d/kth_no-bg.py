# I3D ResNet-50 on KTH (6 actions) with the background stripped (the
# background-stripping tool's output; same lists, labels and splits).
# Compare with kth.py.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=6))
