# Child action dataset, skeleton flavour for PoseC3D: the COCO-17 pickle
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 17
# -> data/child/child_7cls_17kp.pkl (OpenPose points mapped to the MMPose
# COCO-17 order by joint name, splits by child). The study's 18/14-point
# sets are variants (configs/posec3d/child_18kp.py, child_14kp.py).
_base_ = ['./bast_base_pose.py']

ann_file = 'data/child/child_7cls_17kp.pkl'
num_classes = 7

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
