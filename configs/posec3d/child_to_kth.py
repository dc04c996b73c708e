# Cross-domain: PoseC3D (SlowOnly-R50 on keypoint heatmaps) trained on the
# child dataset (as child.py) and tested on KTH's test split, through the
# class mapping of mmaction_har/datasets/label_map.py (box-boxing,
# clap-handclapping, wave-handwaving, jog-jogging, run-running,
# walk-walking; the child action 'go' has no KTH class and is left out).
# Labels are child indices; 'go' never occurs as a true label.
_base_ = ['./child.py']

test_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='kth',
    target='child',
    dataset=dict(type='PoseDataset', ann_file='data/kth/kth_pose.pkl',
              split='test', pipeline=_base_.test_pipeline, test_mode=True)))
