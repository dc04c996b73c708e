# ir-CSN ResNet-152 on the child action dataset (7 actions), from scratch:
# 32x2x1 sampling, 10 clips x 3 crops at test time (upstream
# ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb).
#   python tools/train.py configs/csn/child.py
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_rgb.py']

model = dict(cls_head=dict(num_classes=7))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
