# ST-GCN++ (joint stream) on the BAST base protocol (9 classes): COCO-17 2D
# keypoints of data/bast/base/pose.pkl, MMAction2's NTU60 2D recipe (100
# uniformly sampled frames, PreNormalize2D, `coco` graph, 16 epochs over the
# training split repeated 5 times, SGD 0.1 nesterov, cosine). The skeleton
# baseline PoseC3D is compared with.
#   python tools/train.py configs/stgcnpp/bast_base.py
_base_ = [
    'mmaction::skeleton/stgcnpp/'
    'stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-2d.py'
]

custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)

ann_file = 'data/bast/base/pose.pkl'
model = dict(cls_head=dict(num_classes=9))

train_dataloader = dict(
    dataset=dict(dataset=dict(ann_file=ann_file, split='train')))
val_dataloader = dict(dataset=dict(ann_file=ann_file, split='val'))
test_dataloader = dict(dataset=dict(ann_file=ann_file, split='test'))

val_evaluator = [dict(type='AccMetric',
                      metric_list=('top_k_accuracy', 'mean_class_accuracy'),
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2, 3,
                                                                    5))))]
test_evaluator = val_evaluator
