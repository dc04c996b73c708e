# Skeleton LSTM on KTH poses: COCO-17 keypoints from the pose extraction tool
# over the KTH subsequence lists (see docs/pose_extraction.md), e.g.
#   python tools/data/extract_pose.py --lists train=... val=... test=... \
#       --classes data/kth/kth_classes.txt --out data/kth/kth_pose.pkl
# Same model and windows as child_24kp.py; centred on the hip midpoint
# (COCO-17 hips 11, 12), unit = left shoulder (5) to left hip (11).
_base_ = ['child_24kp.py']

ann_file = 'data/kth/kth_pose.pkl'
normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=[11, 12],
         center_mode='frame', scale_joints=(5, 11)),
]
window = [dict(type='PoseDecode'), dict(type='FormatGCNInput', num_person=1),
          dict(type='PackActionInputs')]
train_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=normalize + [
    dict(type='SkeletonWindow', clip_len=32)] + window))
val_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=normalize + [
    dict(type='SkeletonWindow', clip_len=32, test_mode=True)] + window))
test_dataloader = dict(dataset=dict(ann_file=ann_file, pipeline=normalize + [
    dict(type='SkeletonWindow', clip_len=32, num_clips=5, test_mode=True)
] + window))
model = dict(backbone=dict(num_joints=17), cls_head=dict(num_classes=6))
