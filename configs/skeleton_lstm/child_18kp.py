# As child_24kp.py on 18 COCO-18 keypoints:
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 18
_base_ = ['child_24kp.py']

ann_file = 'data/child/child_7cls_18kp.pkl'
train_dataloader = dict(dataset=dict(ann_file=ann_file))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
model = dict(backbone=dict(num_joints=18))
