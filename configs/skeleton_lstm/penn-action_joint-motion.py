# As penn-action.py on the joint motion stream (GenSkeFeatGraph feats=['jm']).
#
# Frame differences are far smaller than the coordinates (about 40x on
# UTD-MHAD), and without input normalisation the LSTM did not learn them
# (UTD-MHAD: loss stayed at ln 27 for 150 epochs, test top-1 3.72 = chance;
# docs/benchmarks-models.md), so the input is batch-normalised (data_bn).
_base_ = ['./penn-action.py']

train_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.train))
val_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.val))
test_dataloader = dict(dataset=dict(pipeline=_base_.pipelines.jm.test))
model = dict(backbone=dict(data_bn=True))
