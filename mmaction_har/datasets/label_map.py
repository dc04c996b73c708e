"""Relabel a dataset into another class set: cross-domain tests and class
exclusion without rewriting annotation files.

:class:`LabelMapDataset` wraps any MMAction2 dataset config. Every sample
whose class (by name, in the ``source`` class list) maps to a class of the
``target`` list gets the target's index as its label; the others are left
out. Uses:

* cross-domain: a KTH-trained model tested on the child dataset
  (``source='child', target='kth'``) and the reverse, through
  :data:`KTH_CHILD`;
* class exclusion: ``source='child', target='child-no-run'`` keeps 6 of the
  7 child actions and renumbers them in the importer's (alphabetical) order,
  the labels ``tools/data/prepare_child.py --actions no-run`` would write.

Class sets are given as lists of names or by the names in :data:`CLASS_SETS`.
"""
import copy

from mmaction.registry import DATASETS
from mmengine.dataset import force_full_init

from ..errors import HarError
from ..importers.child.prepare import ACTION_SUBSETS
from ..importers.kth.sequences import ACTIONS as KTH_ACTIONS

#: Named class lists, in label order.
CLASS_SETS = {
    'kth': tuple(KTH_ACTIONS),
    'child': tuple(ACTION_SUBSETS['all']),
    'child-no-run': tuple(ACTION_SUBSETS['no-run']),
    'child-no-go': tuple(ACTION_SUBSETS['no-go']),
    'child-no-run-go': tuple(ACTION_SUBSETS['no-run-go']),
}

#: Child action -> KTH action. The child dataset's ``go`` has no KTH
#: counterpart and is left out in both directions.
KTH_CHILD = {
    'box': 'boxing',
    'clap': 'handclapping',
    'wave': 'handwaving',
    'jog': 'jogging',
    'run': 'running',
    'walk': 'walking',
}


def class_list(classes):
    """A class list from a :data:`CLASS_SETS` name or a sequence of names."""
    if isinstance(classes, str):
        if classes not in CLASS_SETS:
            raise HarError(f'class set {classes!r}: expected a list of class '
                           f'names or one of {sorted(CLASS_SETS)}')
        return CLASS_SETS[classes]
    classes = tuple(classes)
    if len(set(classes)) != len(classes) or not classes:
        raise HarError(f'class list {list(classes)}: expected distinct names')
    return classes


def label_mapping(source, target, mapping=None):
    """``{source label: target label}`` for the classes both sides share.

    Args:
        source, target: class lists or :data:`CLASS_SETS` names.
        mapping (dict, optional): source class name -> target class name.
            Default: :data:`KTH_CHILD` (or its inverse) when the two lists
            are the child and KTH actions, else the identity on names.
    """
    source, target = class_list(source), class_list(target)
    if mapping is None:
        child, kth = set(CLASS_SETS['child']), set(CLASS_SETS['kth'])
        if set(source) <= child and set(target) <= kth:
            mapping = KTH_CHILD
        elif set(source) <= kth and set(target) <= child:
            mapping = {v: k for k, v in KTH_CHILD.items()}
        else:
            mapping = {name: name for name in source}
        # a built-in mapping applies to the classes both lists hold
        mapping = {s: t for s, t in mapping.items()
                   if s in source and t in target}
    unknown = [k for k in mapping if k not in source] + [
        v for v in mapping.values() if v not in target]
    if unknown:
        raise HarError(f'label mapping names {unknown}: not in the source '
                       f'classes {list(source)} / target classes '
                       f'{list(target)}')
    if not mapping:
        raise HarError(f'no class of {list(source)} maps to {list(target)}')
    return {source.index(s): target.index(t) for s, t in mapping.items()}


@DATASETS.register_module()
class LabelMapDataset:
    """Keep the samples of ``dataset`` whose class maps into ``target``,
    relabelled with the target's indices.

    Args:
        dataset (dict | BaseDataset): the wrapped dataset (its labels index
            ``source``).
        source, target: class lists or :data:`CLASS_SETS` names.
        mapping (dict, optional): see :func:`label_mapping`.
        lazy_init (bool): defer loading the annotations.
    """

    def __init__(self, dataset, source, target, mapping=None,
                 lazy_init=False):
        self.dataset = (DATASETS.build(dataset) if isinstance(dataset, dict)
                        else dataset)
        self.source = class_list(source)
        self.target = class_list(target)
        self.label_map = label_mapping(self.source, self.target, mapping)
        self._metainfo = dict(copy.deepcopy(self.dataset.metainfo),
                              classes=self.target)
        self._fully_initialized = False
        if not lazy_init:
            self.full_init()

    @property
    def metainfo(self):
        return copy.deepcopy(self._metainfo)

    def full_init(self):
        if self._fully_initialized:
            return
        self.dataset.full_init()
        self.indices = []
        for idx in range(len(self.dataset)):
            label = self.dataset.get_data_info(idx)['label']
            if not 0 <= label < len(self.source):
                raise HarError(
                    f'{self._ann_file()}: sample {idx} has label {label}; '
                    f'expected 0-{len(self.source) - 1} for the classes '
                    f'{list(self.source)}')
            if label in self.label_map:
                self.indices.append(idx)
        self._fully_initialized = True

    def _ann_file(self):
        return getattr(self.dataset, 'ann_file', type(self.dataset).__name__)

    @force_full_init
    def get_data_info(self, idx):
        info = self.dataset.get_data_info(self.indices[idx])
        info['label'] = self.label_map[info['label']]
        return info

    @force_full_init
    def __len__(self):
        return len(self.indices)

    def __getitem__(self, idx):
        # BaseDataset.__getitem__ re-fetches when the pipeline drops a
        # sample; here a dropped sample is an error in the wrapped data.
        data = self.dataset.pipeline(self.get_data_info(idx))
        if data is None:
            raise HarError(f'{self._ann_file()}: the pipeline returned no '
                           f'data for sample {self.indices[idx]}')
        return data
