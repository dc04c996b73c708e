# Cross-domain: TIN ResNet-50 trained on KTH (as kth.py) and tested on
# the child dataset's test split, through the class mapping of
# mmaction_har/datasets/label_map.py (box-boxing, clap-handclapping,
# wave-handwaving, jog-jogging, run-running, walk-walking; the child action
# 'go' has no KTH class and is left out). Labels are KTH indices.
_base_ = ['./kth.py']

test_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='child',
    target='kth',
    dataset=dict(
        type='VideoDataset',
        ann_file='data/child/child_7cls_test_videos.txt',
        data_prefix=dict(video='data/child/videos'),
        pipeline=[
            t for t in _base_.test_pipeline
            if t['type'] != 'SubsequenceRange'
        ],
        test_mode=True)))
