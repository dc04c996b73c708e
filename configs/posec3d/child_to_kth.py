_base_ = ['./_base_/finetune.py', '../_base_/datasets/child_to_kth_pose.py']

model = dict(cls_head=dict(num_classes=7))
