"""The annotation files a run reads, found in its config.

Walks ``{train,val,test}_dataloader.dataset`` through the dataset wrappers
(``RepeatDataset``, ``ConcatDataset``, ``ClassBalancedDataset``,
``LabelMapDataset``, ``GuardedDataset``) to the datasets that read files,
and says for each what format its annotation file has and which labels are
valid: ``0 .. num_classes - 1`` of the model's head, or of the source
classes of an enclosing ``LabelMapDataset`` (whose labels are mapped
afterwards).
"""
import os.path as osp
from dataclasses import dataclass
from typing import Optional

from ..config import is_remote
from ..datasets.label_map import class_list

#: Dataset type -> annotation format (:mod:`..importers.validate`) and the
#: ``data_prefix`` key its paths are relative to.
FORMATS = {
    'VideoDataset': ('video', 'video'),
    'KTHSubsequenceDataset': ('video_range', 'video'),
    'RawframeDataset': ('rawframes', 'img'),
    'PoseDataset': ('pose', None),
}


@dataclass
class DataSource:
    """One annotation file of one dataloader.

    Attributes:
        loader (str): ``train_dataloader``, ``val_dataloader`` or
            ``test_dataloader``.
        type (str): The dataset's registry type.
        ann_file (str): The annotation file, ``data_root`` applied.
        fmt (str, optional): ``video``, ``video_range``, ``rawframes`` or
            ``pose``; ``None`` for a dataset the pre-flight cannot read.
        prefix (str): Folder the list's paths are relative to.
        split (str, optional): The pose pickle's split.
        num_classes (int, optional): Labels must lie in ``0 ..
            num_classes - 1``.
    """
    loader: str
    type: str
    ann_file: str
    fmt: Optional[str]
    prefix: str = ''
    split: Optional[str] = None
    num_classes: Optional[int] = None


def _join(root, path):
    if root and path is not None and not osp.isabs(path) and \
            not is_remote(path):
        return osp.join(root, path)
    return path


def head_classes(cfg):
    """``model.cls_head.num_classes``, if the config has one."""
    head = (cfg.get('model') or {}).get('cls_head') or {}
    num = head.get('num_classes') if isinstance(head, dict) else None
    return num if isinstance(num, int) and num > 0 else None


def _leaf(loader, ds, num_classes):
    kind = ds.get('type', '')
    fmt, prefix_key = FORMATS.get(kind, (None, None))
    if ds.get('multi_class') or ds.get('with_offset') or \
            ds.get('delimiter', ' ') != ' ':
        fmt = None  # layouts the list checks do not parse
    root = ds.get('data_root') or ''
    prefix = (ds.get('data_prefix') or {}).get(prefix_key, '') \
        if prefix_key else ''
    prefix = _join(root, prefix or '') if root else (prefix or '')
    return DataSource(loader, kind, _join(root, ds.get('ann_file') or ''),
                      fmt, prefix, ds.get('split'), num_classes)


def _walk(loader, ds, num_classes):
    if isinstance(ds, (list, tuple)):
        for item in ds:
            yield from _walk(loader, item, num_classes)
        return
    if not isinstance(ds, dict):
        return
    if ds.get('type') == 'LabelMapDataset' and ds.get('source') is not None:
        num_classes = len(class_list(ds['source']))
    if 'dataset' in ds:
        yield from _walk(loader, ds['dataset'], num_classes)
    elif 'datasets' in ds:
        yield from _walk(loader, ds['datasets'], num_classes)
    elif ds.get('ann_file') and not is_remote(ds['ann_file']):
        yield _leaf(loader, ds, num_classes)


def data_sources(cfg, loaders):
    """The :class:`DataSource` of every annotation file ``loaders`` read.

    Args:
        cfg (Config): The run's config (after the command-line flags).
        loaders (Sequence[str]): Dataloader keys, e.g.
            ``('train_dataloader', 'val_dataloader')``.
    """
    num_classes = head_classes(cfg)
    found = []
    for loader in loaders:
        dataloader = cfg.get(loader)
        if dataloader:
            found += _walk(loader, dataloader.get('dataset'), num_classes)
    return found
