# As child.py on the joint motion stream (GenSkeFeat feats=['jm']); train
# all four streams and fuse their test dumps (README.md, "Four streams").
_base_ = ['./child.py']

train_pipeline, val_pipeline, test_pipeline = (
    _base_.pipelines.jm[split] for split in ('train', 'val', 'test'))
train_dataloader = dict(dataset=dict(dataset=dict(pipeline=train_pipeline)))
val_dataloader = dict(dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(pipeline=test_pipeline))
