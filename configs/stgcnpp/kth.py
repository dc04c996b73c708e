# ST-GCN++ (joint stream) on KTH (6 actions): COCO-17 keypoints of
# data/kth/kth_pose.pkl (tools/data/extract_pose.py), otherwise as
# bast_base.py.
#   python tools/train.py configs/stgcnpp/kth.py --auto-scale-lr
_base_ = ['./bast_base.py']

ann_file = 'data/kth/kth_pose.pkl'
model = dict(cls_head=dict(num_classes=6))

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
