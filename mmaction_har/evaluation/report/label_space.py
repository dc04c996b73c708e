"""Class names of the model and of the test set, read from the config.

The dump holds indices only. Names come from, in this order:

* **model** (the ``K`` scores): ``--classes FILE``; else the training
  dataset's class list; else the test dataset's, if it has ``K`` names;
  else ``class_0 ... class_{K-1}``.
* **a dataset's class list**: the ``target`` classes of a
  ``LabelMapDataset`` wrapper (its labels index them) or a wrapper's
  ``metainfo.classes``; else ``metainfo.classes`` in its config; else the
  ``classes`` key of a pose pickle (``ann_file`` ending in ``.pkl``); else a
  class file next to ``ann_file``: ``<prefix>_classes.txt`` (``prefix`` is
  the ann file's name up to its first ``_``, as the ``prepare_*`` tools
  write, e.g. ``kth_classes.txt``), then ``classes.txt`` (demo corpus).
* **test set**: ``--ood FILE`` (its own names; forces the out-of-domain
  report); else the test dataset's class list.

The test labels are in the model's label space when the test set has no
class list of its own or the same list. If its names are all model classes
in another order or a subset, labels are mapped by name. Otherwise the test
set is **out of domain**: accuracy is meaningless and the report shows what
the model predicts for each test class instead (:mod:`.ood`).
"""
import os.path as osp
from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from ...errors import HarError


@dataclass
class LabelSpace:
    """Resolved names. ``remap[t]`` is the model index of test label ``t``."""
    model_names: List[str]
    model_source: str
    test_names: Optional[List[str]]
    test_source: str
    ood: bool
    remap: Optional[np.ndarray] = None


def leaf_datasets(dataset):
    """The leaf dataset configs of a (possibly wrapped) dataset config."""
    from ...config import dataset_cfgs as _dataset_cfgs
    return list(_dataset_cfgs(dataset))


def _resolve(ds, path):
    root = ds.get('data_root')
    if root and not osp.isabs(path):
        return osp.join(root, path)
    return path


def dataset_classes(ds) -> tuple:
    """``(names, source)`` of one dataset config, or ``(None, None)``."""
    from ...importers.validate import read_classes
    meta = ds.get('metainfo') or {}
    if meta.get('classes'):
        return [str(c) for c in meta['classes']], 'metainfo.classes'
    ann_file = ds.get('ann_file')
    if not ann_file:
        return None, None
    ann_file = _resolve(ds, ann_file)
    if ann_file.endswith('.pkl') and osp.isfile(ann_file):
        import mmengine
        data = mmengine.load(ann_file)
        if isinstance(data, dict) and data.get('classes'):
            return [str(c) for c in data['classes']], f'{ann_file} (classes)'
    folder = osp.dirname(ann_file)
    prefix = osp.basename(ann_file).split('_')[0]
    for name in (f'{prefix}_classes.txt', 'classes.txt'):
        path = osp.join(folder, name)
        if osp.isfile(path):
            return read_classes(path), path
    return None, None


def _wrapper_classes(ds) -> tuple:
    """Class names a dataset wrapper imposes on the wrapped data, if any."""
    if not isinstance(ds, dict) or 'dataset' not in ds:
        return None, None
    meta = ds.get('metainfo') or {}
    if meta.get('classes'):
        return [str(c) for c in meta['classes']], 'metainfo.classes'
    if ds.get('type') == 'LabelMapDataset' and ds.get('target'):
        from ...datasets.label_map import class_list
        target = ds['target']
        what = target if isinstance(target, str) else 'list'
        return ([str(c) for c in class_list(target)],
                f'LabelMapDataset target ({what})')
    return None, None


def _split_classes(cfg, split):
    loader = cfg.get(split)
    if not loader:
        return None, None
    names, source = _wrapper_classes(loader.get('dataset'))
    if names is not None:
        return names, f'{split}: {source}'
    leaves = leaf_datasets(loader.get('dataset'))
    return dataset_classes(leaves[0]) if leaves else (None, None)


def resolve_label_space(cfg, num_scores: int, classes_file=None,
                        ood_file=None) -> LabelSpace:
    """Find the model's and the test set's class names (see module doc).

    Raises:
        HarError: A class list does not have ``num_scores`` names.
    """
    from ...importers.validate import read_classes
    test_names, test_source = _split_classes(cfg, 'test_dataloader')
    if classes_file:
        model_names, model_source = read_classes(classes_file), classes_file
    else:
        model_names, model_source = _split_classes(cfg, 'train_dataloader')
        if model_names is None and test_names is not None \
                and len(test_names) == num_scores and not ood_file:
            model_names, model_source = test_names, test_source
        if model_names is None:
            model_names = [f'class_{i}' for i in range(num_scores)]
            model_source = f'num_classes fallback ({num_scores} scores)'
    if len(model_names) != num_scores:
        raise HarError(f'the model scores {num_scores} classes but its class '
                       f'list ({model_source}) has {len(model_names)}; name '
                       'the right one with --classes')
    if ood_file:
        return LabelSpace(model_names, model_source, read_classes(ood_file),
                          ood_file, ood=True)
    if test_names is None or test_names == model_names:
        return LabelSpace(model_names, model_source, None,
                          test_source or model_source, ood=False)
    index = {n: i for i, n in enumerate(model_names)}
    if all(n in index for n in test_names):
        remap = np.array([index[n] for n in test_names], np.int64)
        return LabelSpace(model_names, model_source, test_names, test_source,
                          ood=False, remap=remap)
    return LabelSpace(model_names, model_source, test_names, test_source,
                      ood=True)


def report_labels(space: LabelSpace, labels: np.ndarray,
                  path: str) -> np.ndarray:
    """Labels of the dump in the label space the report uses.

    In domain: model indices (mapped by name if needed); out of domain: the
    test set's own indices.

    Raises:
        HarError: A label is outside the class list.
    """
    names = space.test_names if space.test_names is not None \
        else space.model_names
    bad = np.flatnonzero((labels < 0) | (labels >= len(names)))
    if len(bad):
        i = int(bad[0])
        hint = '' if space.ood else (
            '; if the test set has other classes than the model, give its '
            'class list with --ood')
        raise HarError(f'{path}: sample {i} has label {int(labels[i])}, '
                       f'outside the {len(names)} classes of '
                       f'{space.test_source}{hint}')
    if space.remap is not None:
        return space.remap[labels]
    return labels
