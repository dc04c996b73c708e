# Cross-domain: TIN ResNet-50 trained on the child dataset (as child.py)
# and tested on KTH's test split, through the class mapping of
# mmaction_har/datasets/label_map.py (box-boxing, clap-handclapping,
# wave-handwaving, jog-jogging, run-running, walk-walking; the child action
# 'go' has no KTH class and is left out). Labels are child indices; 'go'
# never occurs as a true label.
_base_ = ['./child.py']

test_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='kth',
    target='child',
    dataset=dict(
        type='KTHSubsequenceDataset',
        ann_file='data/kth/kth_test_videos.txt',
        data_prefix=dict(video='data/kth/videos'),
        pipeline=_base_.test_pipeline[:1] +
        [dict(type='SubsequenceRange')] + _base_.test_pipeline[1:],
        test_mode=True)))
