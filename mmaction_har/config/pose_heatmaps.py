"""The ``pose_heatmaps`` config key: where PoseC3D heatmaps are made.

One key switches every PoseC3D pipeline of a config (train, val and test,
wrapped datasets included); :func:`~.common.load_config` applies it, so it
works in a config file and on every tool's command line::

    pose_heatmaps = 'cpu'       # FastGeneratePoseTarget in the data workers
    pose_heatmaps = 'device'    # workers ship keypoints (PackPoseKeypoints),
                                # HeatmapDataPreprocessor renders on the GPU
    pose_heatmaps = 'mmaction'  # MMAction2's GeneratePoseTarget (reference)

    python tools/train.py CONFIG --cfg-options pose_heatmaps=device

Without the key a config runs as written. ``'device'`` needs the standard
tail ``GeneratePoseTarget`` (or ``FastGeneratePoseTarget``),
``FormatShape(input_format='NCTHW_Heatmap')``, ``PackActionInputs`` and a
model whose ``data_preprocessor`` is ``ActionDataPreprocessor`` (the
default); the other modes also turn a ``PackPoseKeypoints`` back into that
tail. All three make the same heatmaps (within 1e-6).
"""
import copy

from ..errors import HarError
from .tree import SPLITS, dataset_cfgs

MODES = {'mmaction': 'GeneratePoseTarget', 'cpu': 'FastGeneratePoseTarget',
         'device': 'PackPoseKeypoints'}
_TARGETS = ('GeneratePoseTarget', 'FastGeneratePoseTarget')
_PIPELINES = ('train_pipeline', 'val_pipeline', 'test_pipeline')
_PREPROCESSORS = (None, 'ActionDataPreprocessor', 'HeatmapDataPreprocessor')


def _types(pipeline):
    return [t.get('type') for t in pipeline]


def _cpu_tail(pack, target_type):
    """``PackPoseKeypoints`` -> the three transforms it stands for."""
    args = {k: v for k, v in pack.items() if k not in ('type', 'meta_keys')}
    packer = dict(type='PackActionInputs')
    if 'meta_keys' in pack:
        packer['meta_keys'] = pack['meta_keys']
    return [dict(type=target_type, **args),
            dict(type='FormatShape', input_format='NCTHW_Heatmap'), packer]


def _device_tail(pipeline, i, where):
    """The stock tail from ``i`` -> one ``PackPoseKeypoints``."""
    tail = pipeline[i:]
    ok = (len(tail) == 3 and tail[1].get('type') == 'FormatShape'
          and tail[1].get('input_format') == 'NCTHW_Heatmap'
          and tail[2].get('type') == 'PackActionInputs'
          and tail[2].get('collect_keys') is None)
    if not ok:
        raise HarError(
            f'pose_heatmaps=device: {where} must end with {tail[0]["type"]}, '
            "FormatShape(input_format='NCTHW_Heatmap'), PackActionInputs; "
            f'it ends with {_types(tail)}')
    args = {k: v for k, v in tail[0].items() if k != 'type'}
    pack = dict(type='PackPoseKeypoints', **args)
    if 'meta_keys' in tail[2]:
        pack['meta_keys'] = tail[2]['meta_keys']
    return [pack]


def convert_pipeline(pipeline, mode, where='pipeline'):
    """A copy of a pipeline that makes its heatmaps the ``mode`` way.

    Args:
        pipeline (list[dict]): Transform configs.
        mode (str): A key of :data:`MODES`.
        where (str): Names the pipeline in errors.

    Returns:
        list[dict]: Unchanged (a copy) if it makes no heatmaps.
    """
    pipeline = [copy.deepcopy(dict(t)) for t in pipeline]
    types = _types(pipeline)
    if 'PackPoseKeypoints' in types:
        i = types.index('PackPoseKeypoints')
        if mode == 'device':
            return pipeline
        return pipeline[:i] + _cpu_tail(pipeline[i], MODES[mode]) + \
            pipeline[i + 1:]
    found = [i for i, t in enumerate(types) if t in _TARGETS]
    if not found:
        return pipeline
    i = found[0]
    if mode == 'device':
        return pipeline[:i] + _device_tail(pipeline, i, where)
    pipeline[i]['type'] = MODES[mode]
    return pipeline


def _use_heatmap_preprocessor(cfg):
    model = cfg.get('model')
    if model is None:
        return
    pre = model.get('data_preprocessor') or {}
    if pre.get('type') not in _PREPROCESSORS:
        raise HarError(
            'pose_heatmaps=device: model.data_preprocessor is '
            f'{pre.get("type")}; heatmaps on the device need '
            'HeatmapDataPreprocessor (an ActionDataPreprocessor)')
    model['data_preprocessor'] = dict(pre, type='HeatmapDataPreprocessor')


def apply_pose_heatmaps(cfg):
    """Apply ``cfg.pose_heatmaps`` (if set) to every pipeline, in place.

    Args:
        cfg (Config): A full config.

    Returns:
        Config: ``cfg``.

    Raises:
        HarError: An unknown mode, or (``'device'``) a pipeline tail or
            data preprocessor it cannot switch.
    """
    mode = cfg.get('pose_heatmaps')
    if mode is None:
        return cfg
    if mode not in MODES:
        raise HarError(f'pose_heatmaps must be one of {sorted(MODES)}, got '
                       f'{mode!r}')
    changed = False
    for split in SPLITS:
        loader = cfg.get(split)
        for ds in dataset_cfgs((loader or {}).get('dataset')):
            if ds.get('pipeline'):
                new = convert_pipeline(ds['pipeline'], mode,
                                       f'{split}.dataset.pipeline')
                changed |= _types(new) != _types(ds['pipeline'])
                ds['pipeline'] = new
    for key in _PIPELINES:
        if cfg.get(key):
            cfg[key] = convert_pipeline(cfg[key], mode, key)
    if mode == 'device' and changed:
        _use_heatmap_preprocessor(cfg)
    return cfg
