# Cross-domain: I3D ResNet-50 trained on KTH (as kth.py) and tested on the
# child dataset's test split, through the class mapping of
# mmaction_har/datasets/label_map.py (box-boxing, clap-handclapping,
# wave-handwaving, jog-jogging, run-running, walk-walking; the child action
# 'go' has no KTH class and is left out). Labels are KTH indices.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_to_child_rgb.py']

model = dict(cls_head=dict(num_classes=6))
