# Cross-domain: the child dataset's train and val lists (child_rgb.py),
# tested on KTH's test split relabelled into the child classes by
# LabelMapDataset (mmaction_har/datasets/label_map.py; KTH's subsequences
# through SubsequenceRange). Labels are child indices; 'go' never occurs as
# a true label.
_base_ = ['./child_rgb.py']

test_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='kth', target='child',
    dataset=dict(
        type='KTHSubsequenceDataset',
        ann_file='data/kth/kth_test_videos.txt',
        data_prefix=dict(video='data/kth/videos'),
        pipeline=_base_.test_pipeline[:1] +
        [dict(type='SubsequenceRange')] + _base_.test_pipeline[1:],
        test_mode=True)))
