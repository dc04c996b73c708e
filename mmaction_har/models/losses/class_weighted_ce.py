"""Cross-entropy with class weights from the training set, kept in the model.

MMAction2's ``CrossEntropyLoss(class_weight=[...])`` wants the weights
written into the config; for BAST's 42 imbalanced evaluation labels that is
a list to recompute whenever the data changes. This loss weights class ``c``
by ``count[c] ** -power`` over the training set (mean 1 over the classes
present; absent classes 0) and holds the weights in a buffer, so they are
saved in every checkpoint:

* building the model reads nothing (tests, inference and Grad-CAM need no
  training annotations);
* :class:`~mmaction_har.engine.hooks.ClassWeightsHook` fills the buffer when
  training starts, from the training dataset or from ``ann_file``;
* a checkpoint restores the weights it was trained with.
"""
from typing import Optional

import torch
from mmaction.models.losses import CrossEntropyLoss
from mmaction.registry import MODELS

from ...datasets.samplers import class_weights, dataset_labels, read_labels
from ...errors import HarError


@MODELS.register_module()
class ClassWeightedCrossEntropyLoss(CrossEntropyLoss):
    """``CrossEntropyLoss`` weighted by inverse class frequency.

    Args:
        num_classes (int): Number of classes of the head.
        power (float): ``1``: inverse frequency; ``0.5``: inverse square
            root; ``0``: unweighted. Defaults to 1.
        ann_file (str, optional): Read the training labels from this list
            (label last) or pose pickle instead of the training dataset.
        split (str, optional): Split of a pose pickle ``ann_file``.
        loss_weight (float): As ``CrossEntropyLoss``. Defaults to 1.

    Buffers:
        class_weight (Tensor): ``(num_classes, )``; NaN until
            :meth:`set_weights` (training start or a loaded checkpoint).
    """

    def __init__(self, num_classes: int, power: float = 1.0,
                 ann_file: Optional[str] = None, split: Optional[str] = None,
                 loss_weight: float = 1.0) -> None:
        super().__init__(loss_weight=loss_weight)
        del self.class_weight  # a plain attribute in CrossEntropyLoss
        self.register_buffer('class_weight',
                             torch.full((num_classes, ), float('nan')))
        self.num_classes = num_classes
        self.power = power
        self.ann_file = ann_file
        self.split = split

    def set_weights(self, labels) -> None:
        """Weights from the training labels (a sequence of class indices).

        Raises:
            HarError: a label is outside ``0 .. num_classes - 1``.
        """
        weights = class_weights(labels, self.num_classes, self.power)
        self.class_weight.copy_(torch.as_tensor(weights))

    def set_weights_from(self, dataset) -> None:
        """Weights from ``ann_file`` if given, else from ``dataset``.

        Raises:
            MissingFileError: ``ann_file`` does not exist.
            HarError: bad labels.
        """
        if self.ann_file is not None:
            labels = read_labels(self.ann_file, self.split)
        else:
            labels = dataset_labels(dataset)
        self.set_weights(labels)

    def _forward(self, cls_score, label, **kwargs):
        if torch.isnan(self.class_weight).any():
            raise HarError(
                'ClassWeightedCrossEntropyLoss: class weights not set; train '
                "with custom_hooks = [dict(type='ClassWeightsHook')] (it "
                'computes them from the training set) or load a checkpoint '
                'trained with them')
        return super()._forward(cls_score, label, **kwargs)
