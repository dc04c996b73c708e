"""Class imbalance: a class-balanced sampler and class weights for the loss.

MMAction2 1.x dropped the 0.x ``ClassSpecificDistributedSampler``; BAST's
evaluation protocol (42 classes) is heavily imbalanced. Two remedies:

* :class:`ClassBalancedSampler` (``train_dataloader.sampler``): draws each
  epoch's indices with replacement, sample ``i`` with probability
  proportional to ``count[label_i] ** -power`` (``power=1``: every class
  equally likely; ``0.5``: square-root balancing; ``0``: uniform).
  Distributed-aware like mmengine's ``DefaultSampler``: one shared seeded
  draw per epoch, rank ``r`` takes every ``world_size``-th index from ``r``.
* :func:`class_weights` for ``CrossEntropyLoss(class_weight=...)``, from the
  labels :func:`read_labels` reads out of an annotation file.
"""
import os.path as osp
import pickle

import numpy as np
import torch
from mmengine.dist import get_dist_info, sync_random_seed
from torch.utils.data import Sampler

from mmaction.registry import DATA_SAMPLERS

from ..errors import HarError, MissingFileError


def dataset_labels(dataset):
    """The integer label of every sample of an (initialised) dataset."""
    labels = []
    for idx in range(len(dataset)):
        label = dataset.get_data_info(idx).get('label')
        if not isinstance(label, (int, np.integer)):
            raise HarError(f'{type(dataset).__name__} sample {idx}: label '
                           f'{label!r}; class balancing needs one integer '
                           'label per sample')
        labels.append(int(label))
    return np.asarray(labels, dtype=np.int64)


def balanced_weights(labels, power=1.0):
    """Per-sample weights ``count[label] ** -power`` (sum 1)."""
    labels = np.asarray(labels, dtype=np.int64)
    if labels.size == 0:
        raise HarError('class balancing: the dataset is empty')
    counts = np.bincount(labels)
    weights = counts[labels].astype(np.float64)**-float(power)
    return weights / weights.sum()


@DATA_SAMPLERS.register_module()
class ClassBalancedSampler(Sampler):
    """Oversample rare classes by inverse class frequency.

    Args:
        dataset: the dataset (its ``get_data_info(i)['label']`` is read once).
        power (float): balancing strength, see the module docstring.
        num_samples (int, optional): indices per epoch over all ranks;
            default ``len(dataset)``, so an epoch has as many iterations as
            with ``DefaultSampler``.
        seed (int, optional): shared by all ranks; default a random seed
            synchronised across ranks (as ``DefaultSampler``).
    """

    def __init__(self, dataset, power=1.0, num_samples=None, seed=None):
        self.rank, self.world_size = get_dist_info()
        self.dataset = dataset
        self.seed = sync_random_seed() if seed is None else seed
        self.epoch = 0
        self.weights = torch.as_tensor(
            balanced_weights(dataset_labels(dataset), power))
        total = len(dataset) if num_samples is None else int(num_samples)
        if total <= 0:
            raise HarError(f'ClassBalancedSampler: num_samples={total}; '
                           'expected a positive number')
        # every rank gets the same number of indices
        self.num_samples = -(-total // self.world_size)
        self.total_size = self.num_samples * self.world_size

    def __iter__(self):
        generator = torch.Generator()
        generator.manual_seed(self.seed + self.epoch)
        indices = torch.multinomial(self.weights, self.total_size,
                                    replacement=True, generator=generator)
        return iter(indices[self.rank:self.total_size:self.world_size]
                    .tolist())

    def __len__(self):
        return self.num_samples

    def set_epoch(self, epoch):
        """A new draw each epoch (called by mmengine's train loop)."""
        self.epoch = epoch


def read_labels(ann_file, split=None):
    """Labels of an annotation file: a list (label in the last column of
    ``path label`` / ``path start end label``) or a pose pickle (``split``
    selects a split of its ``split`` dict)."""
    if not osp.isfile(ann_file):
        raise MissingFileError('annotation file', ann_file)
    if ann_file.endswith('.pkl'):
        with open(ann_file, 'rb') as f:
            data = pickle.load(f)
        annos = data['annotations'] if isinstance(data, dict) else data
        if split is not None:
            splits = data.get('split', {}) if isinstance(data, dict) else {}
            if split not in splits:
                raise HarError(f'{ann_file}: no split {split!r}; it has '
                               f'{sorted(splits)}')
            keep = set(splits[split])
            annos = [a for a in annos if a['frame_dir'] in keep]
        return np.asarray([int(a['label']) for a in annos], dtype=np.int64)
    labels = []
    with open(ann_file) as f:
        for lineno, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            try:
                labels.append(int(fields[-1]))
            except ValueError:
                raise HarError(f'{ann_file}:{lineno}: last field '
                               f'{fields[-1]!r} is not an integer label')
    return np.asarray(labels, dtype=np.int64)


def class_weights(labels, num_classes, power=1.0):
    """``CrossEntropyLoss`` class weights ``count ** -power``, mean 1 over
    the classes present; absent classes get weight 0 (they never occur as
    targets)."""
    labels = np.asarray(labels, dtype=np.int64)
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise HarError(f'labels span {labels.min()}-{labels.max()}; '
                       f'expected 0-{num_classes - 1}')
    counts = np.bincount(labels, minlength=num_classes).astype(np.float64)
    present = counts > 0
    weights = np.zeros(num_classes)
    weights[present] = counts[present]**-float(power)
    weights[present] *= present.sum() / weights[present].sum()
    return [round(float(w), 6) for w in weights]
