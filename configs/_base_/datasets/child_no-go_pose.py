# The child dataset without go (6 actions): the 7-action annotations
# relabelled in the importer's order, as prepare_child.py --actions no-go
# would write them (see child_relabel_pose.py).
_base_ = ['./child_relabel_pose.py']

num_classes = 6
train_dataloader = dict(dataset=dict(target='child-no-go'))
val_dataloader = dict(dataset=dict(target='child-no-go'))
test_dataloader = dict(dataset=dict(target='child-no-go'))
