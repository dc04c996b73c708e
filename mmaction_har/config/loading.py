"""Loading a config and checking what it points to.

:func:`load_config` is how every tool and API reads a config: it merges
``--cfg-options`` (rejecting keys that look like typos,
:mod:`.check`), checks registry types and applies the ``pose_heatmaps``
switch (:mod:`.pose_heatmaps`). The other functions check the files a
config needs before a run starts, each with one clear error.
"""
import os
import os.path as osp

from mmengine.config import Config

from ..errors import HarError, MissingFileError
from .check import check_cfg_options, check_types
from .pose_heatmaps import apply_pose_heatmaps
from .tree import SPLITS as _SPLITS
from .tree import dataset_cfgs as _dataset_cfgs

_REMOTE = ('http://', 'https://', 's3://', 'open-mmlab://')


def load_config(path, cfg_options=None):
    """Load a config file (importing its ``custom_imports``) and merge options.

    Then applies the config's ``pose_heatmaps`` key, if any (where PoseC3D
    heatmaps are made: :mod:`.pose_heatmaps`).

    Raises:
        MissingFileError: ``path`` does not exist.
        HarError: The file cannot be parsed.
        ConfigError: An option key looks like a typo of an existing key, or
            a ``type`` is in no registry (:mod:`mmaction_har.config_check`).
    """
    if not osp.isfile(path):
        raise MissingFileError('config file', path)
    try:
        cfg = Config.fromfile(path)
    except (SyntaxError, ImportError, KeyError, FileNotFoundError) as err:
        raise HarError(f'cannot load config {path}: '
                       f'{type(err).__name__}: {err}') from err
    if cfg_options:
        check_cfg_options(cfg, cfg_options)
        cfg.merge_from_dict(cfg_options)
    check_types(cfg)
    return apply_pose_heatmaps(cfg)


def is_remote(path):
    return str(path).startswith(_REMOTE)


def check_checkpoint(path, what='checkpoint'):
    """Raise a clear error if a local checkpoint path does not exist."""
    if path and not is_remote(path) and not osp.isfile(path):
        raise MissingFileError(what, path)


def explain_failed_downloads(
        cfg, load_from_option='--cfg-options load_from={file}'):
    """Make a remote checkpoint of ``cfg`` that cannot be downloaded one
    clear error naming the file and how to fetch it
    (:mod:`mmaction_har.utils.model_zoo`); ``load_from_option`` says how to
    pass a local ``load_from`` (``{file}``: its path)."""
    from ..utils import model_zoo
    model_zoo.install(model_zoo.remote_weights(cfg, load_from_option))


def _resolve(data_root, path):
    if data_root and not osp.isabs(path) and not is_remote(path):
        return osp.join(data_root, path)
    return path


def check_data_files(cfg, splits=_SPLITS):
    """Check that the annotation files and data folders the config uses exist.

    Args:
        cfg (Config): The full config.
        splits (tuple[str]): Dataloader keys to check, e.g.
            ``('test_dataloader',)``.

    Raises:
        MissingFileError: naming the file, the dataloader and, where the
            demo corpus or an importer writes it, how to create it.
    """
    for split in splits:
        loader = cfg.get(split)
        if not loader:
            continue
        for ds in _dataset_cfgs(loader.get('dataset')):
            root = ds.get('data_root')
            ann_file = ds.get('ann_file')
            if ann_file and not is_remote(ann_file):
                path = _resolve(root, ann_file)
                if not osp.isfile(path):
                    raise MissingFileError(
                        f'annotation file of {split}', path,
                        hint=_data_hint(path))
            for key, prefix in (ds.get('data_prefix') or {}).items():
                if not prefix or is_remote(prefix):
                    continue
                path = _resolve(root, prefix)
                if not osp.exists(path):
                    raise MissingFileError(
                        f'data_prefix.{key} of {split}', path,
                        hint=_data_hint(path))


def _data_hint(path):
    if 'demo' in path.split(os.sep):
        return 'generate it with: python tools/demo.py --prepare-only'
    return 'prepare the dataset first; see data/README.md'


def default_work_dir(config):
    """``work_dirs/<path under configs/ without .py>``, else the file stem.

    ``configs/i3d/kth.py`` -> ``work_dirs/i3d/kth``: configs of different
    families share file names (``kth.py``), so the folder keeps them apart
    (upstream MMAction2 uses the file stem only).
    """
    parts = osp.normpath(osp.abspath(config)).split(osp.sep)
    stem = osp.splitext(parts[-1])[0]
    if 'configs' in parts[:-1]:
        start = len(parts) - 1 - parts[::-1].index('configs')
        return osp.join('./work_dirs', *parts[start + 1:-1], stem)
    return osp.join('./work_dirs', stem)
