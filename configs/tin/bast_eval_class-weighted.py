# As bast_eval.py, with the loss weighting class c by 1 / count[c] in the
# training list (ClassWeightedCrossEntropyLoss, computed when the model
# is built): every class weighs the same in the loss. power=0.5 weights by
# the inverse square root. Compare with bast_eval_balanced-sampler.py.
_base_ = ['./bast_eval.py']

model = dict(cls_head=dict(loss_cls=dict(
    type='ClassWeightedCrossEntropyLoss', ann_file=_base_.ann_file_train,
    num_classes=42, power=1.0)))
