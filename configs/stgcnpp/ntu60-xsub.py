# ST-GCN++ (joint stream) on NTU RGB+D 60 cross-subject, 3D skeletons: the
# upstream recipe as is, on data/ntu/ntu60_3d.pkl written by
#   python tools/data/prepare_ntu.py ... (docs/datasets.md)
# (`nturgb+d` graph, 25 joints, 2 persons). Reference: MMAction2 reports
# 89.14 top-1 for this config (stgcnpp metafile).
#   python tools/train.py configs/stgcnpp/ntu60-xsub.py
_base_ = [
    'mmaction::skeleton/stgcnpp/'
    'stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-3d.py'
]

custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)

ann_file = 'data/ntu/ntu60_3d.pkl'
train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))

val_evaluator = [dict(type='AccMetric',
                      metric_list=('top_k_accuracy', 'mean_class_accuracy'),
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2, 3,
                                                                    5))))]
test_evaluator = val_evaluator
