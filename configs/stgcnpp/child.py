# ST-GCN++ (joint stream) on the child dataset (7 actions): the study's
# 18-point OpenPose COCO-18 set, data/child/child_7cls_18kp.pkl from
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 18
# on MMAction2's `openpose` graph (same joint order); otherwise as
# bast_base.py.
#   python tools/train.py configs/stgcnpp/child.py --auto-scale-lr
_base_ = ['./bast_base.py']

ann_file = 'data/child/child_7cls_18kp.pkl'
model = dict(
    backbone=dict(graph_cfg=dict(layout='openpose')),
    cls_head=dict(num_classes=7))

pipelines = _base_.pipelines
for stream in pipelines.values():
    for pipeline in stream.values():
        next(t for t in pipeline if t['type'] == 'GenSkeFeat').update(
            dataset='openpose')
del stream, pipeline
train_pipeline = pipelines['j']['train']
val_pipeline = pipelines['j']['val']
test_pipeline = pipelines['j']['test']
train_dataloader = dict(
    dataset=dict(dataset=dict(ann_file=ann_file, pipeline=train_pipeline)))
val_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=val_pipeline))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=test_pipeline))
