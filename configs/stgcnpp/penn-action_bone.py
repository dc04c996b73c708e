# As penn-action.py on the bone stream (GenSkeFeatGraph feats=['b']).
_base_ = ['./penn-action.py']

train_dataloader = dict(
    dataset=dict(dataset=dict(pipeline=_base_.pipelines.b.train)))
val_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.b.val))
test_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.b.test))
