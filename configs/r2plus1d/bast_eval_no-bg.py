_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_eval_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=42))
