# As utd-mhad-xsub.py on the bone motion stream (GenSkeFeatGraph feats=['bm']).
#
# Frame differences are far smaller than the coordinates (about 40x on
# UTD-MHAD), and without input normalisation the LSTM did not learn them
# (UTD-MHAD: loss stayed at ln 27 for 150 epochs, test top-1 3.72 = chance;
# docs/benchmarks-models.md), so the input is batch-normalised (data_bn).
_base_ = ['./utd-mhad-xsub.py']

train_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.bm.train))
val_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.bm.val))
test_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.bm.test))
model = dict(backbone=dict(data_bn=True))
