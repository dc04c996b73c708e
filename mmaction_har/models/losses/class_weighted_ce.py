"""Cross-entropy with class weights computed from the training annotations.

MMAction2's ``CrossEntropyLoss(class_weight=[...])`` wants the weights
written into the config; for BAST's 42 imbalanced evaluation labels that is
a list to recompute whenever the data changes. This loss reads the training
annotation file when the model is built and weights class ``c`` by
``count[c] ** -power`` (mean 1 over the classes present; absent classes 0),
so a config variant is two lines.
"""
from typing import Optional

from mmaction.models.losses import CrossEntropyLoss
from mmaction.registry import MODELS

from ...datasets.samplers import class_weights, read_labels


@MODELS.register_module()
class ClassWeightedCrossEntropyLoss(CrossEntropyLoss):
    """``CrossEntropyLoss`` weighted by inverse class frequency.

    Args:
        ann_file (str): Training annotations: a video list (label last) or
            a pose pickle.
        num_classes (int): Number of classes of the head.
        split (str, optional): Split of a pose pickle (e.g. ``'train'``).
        power (float): ``1``: inverse frequency; ``0.5``: inverse square
            root; ``0``: unweighted. Defaults to 1.
        loss_weight (float): As ``CrossEntropyLoss``. Defaults to 1.

    Raises:
        MissingFileError: ``ann_file`` does not exist.
        HarError: a label is outside ``0 .. num_classes - 1``.
    """

    def __init__(self, ann_file: str, num_classes: int,
                 split: Optional[str] = None, power: float = 1.0,
                 loss_weight: float = 1.0) -> None:
        weights = class_weights(read_labels(ann_file, split), num_classes,
                                power)
        super().__init__(loss_weight=loss_weight, class_weight=weights)
        self.ann_file = ann_file
