# As penn-action.py on the joint motion stream (GenSkeFeatGraph feats=['jm']).
_base_ = ['./penn-action.py']

train_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.train))
val_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.val))
test_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.test))
