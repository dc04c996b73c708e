# As utd-mhad-xsub.py on the bone motion stream (GenSkeFeatGraph feats=['bm']).
_base_ = ['./utd-mhad-xsub.py']

train_dataloader = dict(
    dataset=dict(dataset=dict(pipeline=_base_.pipelines.bm.train)))
val_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.bm.val))
test_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.bm.test))
