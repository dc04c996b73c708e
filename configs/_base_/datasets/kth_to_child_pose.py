# Cross-domain, skeleton flavour: KTH's pose pickle for training (kth_pose.py),
# tested on the child pickle's test split relabelled into KTH's classes (see
# kth_to_child_rgb.py for the class mapping).
_base_ = ['./kth_pose.py']

test_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='kth',
    dataset=dict(type='PoseDataset', ann_file='data/child/child_7cls_17kp.pkl',
                 split='test', pipeline=_base_.test_pipeline, test_mode=True)))
