# BAST evaluation protocol (42 classes), skeleton flavour:
# data/bast/eval/pose.pkl (COCO-17, splits train / val / test).
_base_ = ['./bast_base_pose.py']

ann_file = 'data/bast/eval/pose.pkl'
num_classes = 42

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
