# The child dataset without run and go (5 actions): the 7-action annotations
# relabelled in the importer's order, as prepare_child.py --actions no-run-go
# would write them (see child_relabel_rgb.py).
_base_ = ['./child_relabel_rgb.py']

num_classes = 5
train_dataloader = dict(dataset=dict(target='child-no-run-go'))
val_dataloader = dict(dataset=dict(target='child-no-run-go'))
test_dataloader = dict(dataset=dict(target='child-no-run-go'))
