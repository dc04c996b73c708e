# Cross-domain: PoseC3D (SlowOnly-R50 on keypoint heatmaps) trained on KTH
# (as kth.py) and tested on the child dataset's test split, through the
# class mapping of mmaction_har/datasets/label_map.py (box-boxing,
# clap-handclapping, wave-handwaving, jog-jogging, run-running,
# walk-walking; the child action 'go' has no KTH class and is left out).
# Labels are KTH indices.
_base_ = ['./kth.py']

test_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='child',
    target='kth',
    dataset=dict(type='PoseDataset', ann_file='data/child/child_7cls_17kp.pkl',
              split='test', pipeline=_base_.test_pipeline, test_mode=True)))
