_base_ = ['./_base_/finetune.py', '../_base_/datasets/child_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=7))
