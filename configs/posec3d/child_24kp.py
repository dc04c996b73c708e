# PoseC3D on the child dataset with the study's 24-point set (body24 order):
# one heatmap channel per point, flip pairs of that layout (the checkpoint's
# first convolution, made for 17 heatmaps, is re-initialised). The pickle is
# written by
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 24
_base_ = ['./child.py']

ann_file = 'data/child/child_7cls_24kp.pkl'
left_kp = [5, 6, 7, 11, 12, 13, 15, 17, 18, 19, 20]
right_kp = [2, 3, 4, 8, 9, 10, 14, 16, 21, 22, 23]

model = dict(backbone=dict(in_channels=24))

train_pipeline = _base_.train_pipeline
test_pipeline = _base_.test_pipeline
next(t for t in train_pipeline if t['type'] == 'Flip').update(
    left_kp=left_kp, right_kp=right_kp)
next(t for t in test_pipeline if t['type'] == 'GeneratePoseTarget').update(
    left_kp=left_kp, right_kp=right_kp)
train_dataloader = dict(dataset=dict(  # RepeatDataset
    dataset=dict(ann_file=ann_file, pipeline=train_pipeline)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=test_pipeline))
