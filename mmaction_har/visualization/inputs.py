"""Finding samples: a video or a pose entry, an annotation file, class names.
"""
import glob
import os.path as osp

import numpy as np

from ..errors import HarError, MissingFileError
from .sample import (find_pose_entry, input_kind, load_pose_file, single_view,
                     test_pipeline_cfg)


def load_model(config, checkpoint, cfg_options=None):
    """Config and recognizer (CPU, eval mode) with its weights.

    Args:
        config (str | Config): Config file or object.
        checkpoint (str | None): Weights; None keeps the initialisation.
    """
    from mmengine.config import Config

    from ..config import check_checkpoint, load_config
    cfg = config if isinstance(config, Config) else load_config(
        config, cfg_options)
    check_checkpoint(checkpoint)
    from mmaction.apis import init_recognizer
    model = init_recognizer(cfg, checkpoint, device='cpu')
    return cfg, model


def config_kind(cfg):
    """``rgb`` or ``pose``: what the config's test pipeline reads."""
    return input_kind(single_view(test_pipeline_cfg(cfg)))


def sample_info(cfg, path, key=None, video=None, pose_file=None):
    """The data info dict of INPUT for one model, and the video to show.

    A pose model reads a pose pkl entry: INPUT itself (a pkl, entry ``key``)
    or, when INPUT is a video, the entry of ``pose_file`` whose ``frame_dir``
    is the video's stem. An RGB model reads a video: INPUT itself or, when
    INPUT is a pkl, ``video``. So two models of different kinds can be
    compared on the same clip.

    Args:
        cfg (Config): The model's config (decides video vs. pose input).
        path (str): A video or a PoseDataset pkl.
        key (str | int | None): ``frame_dir`` or index of the pkl entry;
            None: the first entry (or the video's stem).
        video (str | None): The clip's video when INPUT is a pkl.
        pose_file (str | None): The clip's pose pkl when INPUT is a video.

    Returns:
        tuple[dict, dict, str | None]: Info dict, pkl content (``classes``,
        ``split``; empty without a pkl) and the video file (or None).
    """
    if not osp.isfile(path):
        raise MissingFileError('input', path)
    is_pkl = path.endswith('.pkl')
    video = None if is_pkl and not video else (video or path)
    pkl = path if is_pkl else pose_file
    entry, data = None, {}
    if pkl:
        annotations, data = load_pose_file(pkl)
        if key is None and not is_pkl:
            key = osp.splitext(osp.basename(path))[0]
        entry = dict(find_pose_entry(annotations, 0 if key is None else key,
                                     pkl))
    if config_kind(cfg) == 'pose':
        if entry is None:
            raise HarError(f'input {path}: this config reads keypoints; give '
                           f'a pose .pkl (and --sample NAME) or --pose PKL')
        return entry, data, video
    if video is None:
        raise HarError(f'input {path}: this config reads videos; give a '
                       f'video file (or --video with a pose pkl)')
    if not osp.isfile(video):
        raise MissingFileError('video', video)
    label = -1 if entry is None else entry.get('label', -1)
    return dict(filename=video, label=label), data, video


def dataset_infos(cfg, ann_file, data_prefix=None, split=None,
                  dataset_type=None):
    """Info dicts of every sample of an annotation file, via the config's
    test dataset class (``VideoDataset`` lists, ``PoseDataset`` pkls).

    Args:
        ann_file (str): Annotation file.
        data_prefix (str | None): Video folder; None: the config's.
        split (str | None): Pose pkl split; None: the config's test split
            (all entries if it has none).
        dataset_type (str | None): Dataset class to read ``ann_file`` with
            (e.g. ``VideoDataset`` for a plain ``path label`` list); None:
            the config's.
    """
    if not osp.isfile(ann_file):
        raise MissingFileError('annotation file', ann_file)
    from mmaction.registry import DATASETS
    from mmengine.registry import init_default_scope
    init_default_scope('mmaction')
    ds_cfg = dict(cfg.test_dataloader.dataset)
    ds_cfg.update(ann_file=ann_file, pipeline=[], test_mode=True)
    ds_cfg.pop('data_root', None)
    if data_prefix is not None:
        ds_cfg['data_prefix'] = dict(video=data_prefix)
    if dataset_type is not None:
        ds_cfg = dict(type=dataset_type, ann_file=ann_file, pipeline=[],
                      test_mode=True, data_prefix=ds_cfg.get('data_prefix',
                                                             {}))
    if split is not None:
        ds_cfg['split'] = split
    try:
        dataset = DATASETS.build(ds_cfg)
    except (KeyError, ValueError, IndexError, AssertionError) as err:
        raise HarError(f'cannot read {ann_file} as '
                       f'{ds_cfg.get("type")}: {err}') from err
    return [dataset.get_data_info(i) for i in range(len(dataset))]


def classes_file_near(ann_file):
    """The class list the importers write next to an annotation file:
    ``classes.txt`` (BAST, demo corpus) or a single ``*_classes.txt``
    (``kth_classes.txt``, ``ucf101_classes.txt``, ...); None if absent."""
    if not ann_file:
        return None
    folder = osp.dirname(osp.abspath(ann_file))
    if osp.isfile(osp.join(folder, 'classes.txt')):
        return osp.join(folder, 'classes.txt')
    found = glob.glob(osp.join(folder, '*_classes.txt'))
    return found[0] if len(found) == 1 else None


def config_test_ann_file(cfg):
    """The ``ann_file`` of a config's (innermost) test dataset, or None."""
    dataset = (cfg.get('test_dataloader') or {}).get('dataset') or {}
    while 'dataset' in dataset:
        dataset = dataset['dataset']
    return dataset.get('ann_file')


def class_names(num_classes, names_file=None, pose_data=None,
                ann_file=None):
    """Class names: from a file (one per line), a pkl's ``classes``, the
    class list next to ``ann_file`` (:func:`classes_file_near`), or
    ``class N``."""
    names = None
    names_file = names_file or (
        None if pose_data and pose_data.get('classes') else
        classes_file_near(ann_file))
    if names_file:
        if not osp.isfile(names_file):
            raise MissingFileError('class names file', names_file)
        from ..importers.validate import read_classes
        names = read_classes(names_file)
    elif pose_data and pose_data.get('classes'):
        names = list(pose_data['classes'])
    if names is None:
        return [f'class {i}' for i in range(num_classes)]
    if len(names) < num_classes:
        raise HarError(f'{names_file or "classes"}: {len(names)} names for '
                       f'{num_classes} classes')
    return names


def read_frames(video, frame_inds):
    """RGB frames (T, H, W, 3) of a video at ``frame_inds`` (decord)."""
    if not osp.isfile(video):
        raise MissingFileError('video', video)
    import decord
    reader = decord.VideoReader(video)
    inds = np.clip(np.asarray(frame_inds, int), 0, len(reader) - 1)
    return reader.get_batch(list(inds)).asnumpy()


def pose_index(pose_file):
    """``{frame_dir: entry}`` of a pose pkl (to find an RGB video's pose)."""
    annotations, _ = load_pose_file(pose_file)
    return {a.get('frame_dir'): a for a in annotations}
