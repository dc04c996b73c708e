# The child dataset without run (6 actions): the 7-action annotations
# relabelled in the importer's order, as prepare_child.py --actions no-run
# would write them (see child_relabel_pose.py).
_base_ = ['./child_relabel_pose.py']

num_classes = 6
train_dataloader = dict(dataset=dict(target='child-no-run'))
val_dataloader = dict(dataset=dict(target='child-no-run'))
test_dataloader = dict(dataset=dict(target='child-no-run'))
