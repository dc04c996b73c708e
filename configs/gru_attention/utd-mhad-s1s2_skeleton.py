# The skeleton-only baseline of utd-mhad-s1s2_skeleton-depth.py: train on
# subject 1, test on subject 2.
_base_ = ['utd-mhad-xsub_skeleton.py']

train_dataloader = dict(dataset=dict(split='train_depth'))
val_dataloader = dict(dataset=dict(split='test_depth'))
test_dataloader = dict(dataset=dict(split='test_depth'))
