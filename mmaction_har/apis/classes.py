"""Class names of a model: from a file, a list or next to its test list."""
import os.path as osp

from ..errors import HarError


def read_class_file(path):
    """Names from a file with one class name per line (blank lines skipped)."""
    from ..importers.validate import read_classes
    return read_classes(path)


def _candidates(cfg):
    """Class files the project's importers write next to an annotation list.

    ``classes.txt`` in the list's folder (demo corpus) and
    ``<prefix>_classes.txt`` for ``<prefix>_<split>_videos.txt`` lists.
    """
    found = cfg.get('classes')
    if isinstance(found, str):
        yield found
    loader = cfg.get('test_dataloader') or {}
    dataset = loader.get('dataset') or {}
    while 'dataset' in dataset:
        dataset = dataset['dataset']
    ann_file = dataset.get('ann_file')
    if not ann_file:
        return
    if dataset.get('data_root') and not osp.isabs(ann_file):
        ann_file = osp.join(dataset['data_root'], ann_file)
    folder, name = osp.split(ann_file)
    yield osp.join(folder, 'classes.txt')
    stem = osp.splitext(name)[0]
    parts = stem.split('_')
    for cut in range(len(parts) - 1, 0, -1):
        yield osp.join(folder, '_'.join(parts[:cut]) + '_classes.txt')


def class_names(cfg, classes=None, num_classes=None):
    """Resolve class names for a config.

    Args:
        cfg (Config): The model's config.
        classes (str | list[str], optional): A class file or the names.
        num_classes (int, optional): The head's size, to check the names
            against and to name classes ``class_<i>`` when none are found.

    Raises:
        HarError: The names given do not match ``num_classes``.
    """
    source = None
    if isinstance(classes, str):
        names, source = read_class_file(classes), classes
    elif classes is not None:
        names, source = [str(c) for c in classes], 'the classes given'
    elif isinstance(cfg.get('classes'), (list, tuple)):
        names, source = list(cfg.classes), 'the config key "classes"'
    else:
        names = None
        for path in _candidates(cfg):
            if osp.isfile(path):
                names, source = read_class_file(path), path
                break
        if names is not None and num_classes is not None \
                and len(names) != num_classes:
            names = None  # a stale file next to the list: do not trust it
    if names is None:
        return [f'class_{i}' for i in range(num_classes or 0)]
    if num_classes is not None and len(names) != num_classes:
        raise HarError(f'{source} lists {len(names)} classes; the model has '
                       f'{num_classes}')
    return names
