"""Set the class weights of the loss from the training set when training
starts.

:class:`~mmaction_har.models.losses.ClassWeightedCrossEntropyLoss` keeps its
weights in a buffer that building the model leaves unset, so a model builds
(for a test, inference or Grad-CAM) without the training annotations. This
hook computes them in ``before_train``, after ``load_from`` or ``resume``
have loaded a checkpoint: the weights always describe the training set of
the run, and every checkpoint of the run stores them.
"""
from mmaction.registry import HOOKS
from mmengine.dataset import RepeatDataset
from mmengine.hooks import Hook
from mmengine.model import is_model_wrapper

from ...models.losses import ClassWeightedCrossEntropyLoss


def _labelled(dataset):
    """``dataset`` without a ``RepeatDataset`` wrapper (same proportions)."""
    while isinstance(dataset, RepeatDataset):
        dataset = dataset.dataset
    return dataset


@HOOKS.register_module()
class ClassWeightsHook(Hook):
    """Fill every ``ClassWeightedCrossEntropyLoss`` of the model from the
    training dataset (or the loss's ``ann_file``) before training."""

    priority = 'NORMAL'

    def before_train(self, runner) -> None:
        model = runner.model.module if is_model_wrapper(
            runner.model) else runner.model
        losses = [m for m in model.modules()
                  if isinstance(m, ClassWeightedCrossEntropyLoss)]
        if not losses:
            runner.logger.warning('ClassWeightsHook: the model has no '
                                  'ClassWeightedCrossEntropyLoss')
            return
        dataset = _labelled(runner.train_dataloader.dataset)
        for loss in losses:
            loss.set_weights_from(dataset)
            runner.logger.info(
                'class weights from the training set: '
                f'{[round(w, 4) for w in loss.class_weight.tolist()]}')
