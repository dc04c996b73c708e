# Cross-domain, skeleton flavour: the child pose pickle for training
# (child_pose.py), tested on KTH's pose pickle (test split) relabelled into
# the child classes (see child_to_kth_rgb.py).
_base_ = ['./child_pose.py']

test_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='kth', target='child',
    dataset=dict(type='PoseDataset', ann_file='data/kth/kth_pose.pkl',
                 split='test', pipeline=_base_.test_pipeline, test_mode=True)))
