# As child_24kp.py on 14 keypoints (COCO-18 without the eyes and ears):
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 14
_base_ = ['child_24kp.py']

ann_file = 'data/child/child_7cls_14kp.pkl'
train_dataloader = dict(dataset=dict(ann_file=ann_file))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
model = dict(backbone=dict(num_joints=14))
