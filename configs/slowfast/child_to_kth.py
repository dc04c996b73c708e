# Cross-domain: SlowFast ResNet-50 trained on the child dataset (as
# child.py) and tested on KTH's test split, through the class mapping of
# mmaction_har/datasets/label_map.py (box-boxing, clap-handclapping,
# wave-handwaving, jog-jogging, run-running, walk-walking; the child action
# 'go' has no KTH class and is left out). Labels are child indices; 'go'
# never occurs as a true label.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_to_kth_rgb.py']

model = dict(cls_head=dict(num_classes=7))
