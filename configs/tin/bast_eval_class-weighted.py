# As bast_eval.py, with the loss weighting class c by count[c] ** -1 over the
# training set (ClassWeightedCrossEntropyLoss): every class weighs the same in
# the loss; power=0.5 weights by the inverse square root. ClassWeightsHook
# computes the weights when training starts and the checkpoint keeps them, so
# testing, inference and Grad-CAM need no training annotations. Compare with
# bast_eval_balanced-sampler.py.
_base_ = ['./bast_eval.py']

model = dict(cls_head=dict(loss_cls=dict(
    type='ClassWeightedCrossEntropyLoss', num_classes=42, power=1.0)))
custom_hooks = [dict(type='ClassWeightsHook')]
