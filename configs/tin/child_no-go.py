# TIN ResNet-50 on the child dataset without go (6 actions): the
# 7-action annotations relabelled by LabelMapDataset in the importer's order
# (as prepare_child.py --actions no-go would write them).
_base_ = ['./child.py']

model = dict(cls_head=dict(num_classes=6))
train_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='child',
    target='child-no-go',
    dataset=_base_.train_dataloader.dataset))
val_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='child',
    target='child-no-go',
    dataset=_base_.val_dataloader.dataset))
test_dataloader = dict(dataset=dict(
    _delete_=True,
    type='LabelMapDataset',
    source='child',
    target='child-no-go',
    dataset=_base_.test_dataloader.dataset))
