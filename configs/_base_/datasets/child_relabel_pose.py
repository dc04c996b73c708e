# The child pose pickle (COCO-17) relabelled through LabelMapDataset
# (mmaction_har/datasets/label_map.py): samples whose class is in the target
# class set keep it, renumbered in the target's order; the others are left
# out. This base keeps all 7 actions; the class-exclusion bases
# child_no-{run,go,run-go}_pose.py name their subset as the target.
_base_ = ['./child_pose.py']

train_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.train_dataloader.dataset))
val_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.val_dataloader.dataset))
test_dataloader = dict(dataset=dict(
    _delete_=True, type='LabelMapDataset', source='child', target='child',
    dataset=_base_.test_dataloader.dataset))
