# PoseC3D (SlowOnly-R50 on keypoint heatmaps) on the child dataset without
# run and go (5 actions): the 7-action annotations relabelled by
# LabelMapDataset in the importer's order (as prepare_child.py --actions
# no-run-go would write them).
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_no-run-go_pose.py']

model = dict(cls_head=dict(num_classes=5))
