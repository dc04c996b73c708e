# ST-GCN++ (joint stream) on the BAST evaluation protocol (42 classes):
# data/bast/eval/pose.pkl, otherwise as bast_base.py.
#   python tools/train.py configs/stgcnpp/bast_eval.py --auto-scale-lr
_base_ = ['./bast_base.py']

ann_file = 'data/bast/eval/pose.pkl'
model = dict(cls_head=dict(num_classes=42))

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
