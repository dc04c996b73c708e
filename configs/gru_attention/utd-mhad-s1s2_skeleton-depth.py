# Depth check on the local data, where only subjects 1 and 2 have depth:
# utd-mhad-xsub_skeleton-depth.py trained on subject 1 (107 sequences) and
# tested on subject 2 (108). Not the cross-subject protocol.
_base_ = ['utd-mhad-xsub_skeleton-depth.py']

train_dataloader = dict(dataset=dict(split='train_depth'))
val_dataloader = dict(dataset=dict(split='test_depth'))
test_dataloader = dict(dataset=dict(split='test_depth'))
