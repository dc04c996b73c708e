# ST-GCN++ (joint stream) on UTD-MHAD cross-subject (27 actions, subjects
# 1,3,5,7 train / 2,4,6,8 test): Kinect v1 skeletons (20 joints x xyz) of
# data/utd_mhad/utd_mhad_xsub.pkl (tools/data/prepare_utd_mhad.py).
# MMAction2 has no Kinect v1 graph: the layout below is written from the
# joint order (1 head, 2 shoulder centre, 3 spine, 4 hip centre, 5-8 left
# arm, 9-12 right arm, 13-16 left leg, 17-20 right leg; 0-based here),
# centred on the shoulder centre. Skeletons are normalised as in
# configs/gru_attention (hip-centre origin, hip-to-shoulder unit); 64 frames.
#   python tools/train.py configs/stgcnpp/utd-mhad-xsub.py
_base_ = [
    'mmaction::skeleton/stgcnpp/'
    'stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-3d.py'
]

custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)

kinect_v1 = dict(
    num_node=20,
    center=1,
    inward=[(0, 1), (2, 1), (3, 2), (4, 1), (5, 4), (6, 5), (7, 6), (8, 1),
            (9, 8), (10, 9), (11, 10), (12, 3), (13, 12), (14, 13),
            (15, 14), (16, 3), (17, 16), (18, 17), (19, 18)])
model = dict(
    backbone=dict(
        graph_cfg=dict(_delete_=True, layout=kinect_v1, mode='spatial'),
        num_person=1),
    cls_head=dict(num_classes=27))

ann_file = 'data/utd_mhad/utd_mhad_xsub.pkl'
clip_len = 64
normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=3, center_mode='first',
         scale_joints=(3, 1)),
]
train_pipeline = normalize + [
    dict(type='UniformSampleFrames', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
val_pipeline = normalize + [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
test_pipeline = normalize + [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]
train_dataloader = dict(dataset=dict(dataset=dict(
    ann_file=ann_file, split='train', pipeline=train_pipeline)))
val_dataloader = dict(dataset=dict(ann_file=ann_file, split='test',
                                   pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(ann_file=ann_file, split='test',
                                    pipeline=test_pipeline))

val_evaluator = [dict(type='AccMetric',
                      metric_list=('top_k_accuracy', 'mean_class_accuracy'),
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2, 3,
                                                                    5))))]
test_evaluator = val_evaluator
