_base_ = ['./_base_/finetune.py', '../_base_/datasets/kth_to_child_rgb.py']

model = dict(cls_head=dict(num_classes=6))
