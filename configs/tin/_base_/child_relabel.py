# TIN's child data (child_rgb_1x1x8.py) relabelled through LabelMapDataset,
# as ../../_base_/datasets/child_relabel_rgb.py does for the 32x2x1 families:
# this base keeps all 7 actions, the class-exclusion configs
# (../child_no-*.py) name their subset as the target.
_base_ = ['../../_base_/datasets/child_rgb_1x1x8.py']

train_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.train_dataloader.dataset))
val_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.val_dataloader.dataset))
test_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.test_dataloader.dataset))
