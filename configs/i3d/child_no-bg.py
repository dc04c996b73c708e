# I3D ResNet-50 on the child action dataset (7 actions) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with child.py.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=7))
