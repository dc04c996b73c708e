# TIN ResNet-50 on the child dataset without run and go (5 actions): the
# 7-action annotations relabelled by LabelMapDataset in the importer's order
# (as prepare_child.py --actions no-run-go would write them).
_base_ = ['./_base_/finetune.py', './_base_/child_relabel.py']

model = dict(cls_head=dict(num_classes=5))
train_dataloader = dict(dataset=dict(target='child-no-run-go'))
val_dataloader = dict(dataset=dict(target='child-no-run-go'))
test_dataloader = dict(dataset=dict(target='child-no-run-go'))
