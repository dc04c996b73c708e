"""One input sample run through a config's test pipeline, kept for display.

The pipeline is the config's test pipeline reduced to a single view
(``num_clips=1`` for 3D inputs, no flipped copy from
``GeneratePoseTarget(double=True)``,
``ThreeCrop``/``TenCrop`` replaced by ``CenterCrop``), so every CAM frame
belongs to one input frame. The transforms run one by one: the state just
before ``FormatShape`` gives the frames (or heatmaps) the model sees, the
sampled frame indices and the crop geometry.
"""
import copy
import os.path as osp
import pickle
from dataclasses import dataclass

import numpy as np

from ..config.pose_heatmaps import convert_pipeline
from ..datasets.transforms.pose_target import POSE_TARGETS
from ..errors import HarError, MissingFileError
from .geometry import Geometry

#: ``frame_range`` end meaning "to the last frame".
WHOLE_VIDEO = 1 << 30
_SAMPLERS = ('SampleFrames', 'UniformSampleFrames', 'DenseSampleFrames',
             'UniformSample')


@dataclass
class Sample:
    """A sample ready for the model, with what is needed to draw it.

    Attributes:
        name: Sample name for files (``frame_dir`` or video stem, plus the
            frame range of a KTH-style subsequence).
        key: ``frame_dir`` or video stem (to find the sample's pose entry).
        kind: ``rgb`` (frames) or ``pose`` (keypoint heatmaps).
        packed: ``PackActionInputs`` output (``inputs``, ``data_samples``).
        frames: RGB uint8 model-input frames (T, H, W, 3) for ``rgb``; None
            for ``pose``.
        heatmaps: float32 (T, K, H, W) for ``pose``; None for ``rgb``.
        keypoint: (M, T, V, 2) keypoints in input coordinates for ``pose``
            (sampled frames), else None.
        keypoint_score: (M, T, V) or None.
        frame_inds: (T, ) indices of the input frames in the original video.
        geometry: Original -> input mapping.
        label: Ground-truth label or None.
    """
    name: str
    key: str
    kind: str
    packed: dict
    frames: np.ndarray
    heatmaps: np.ndarray
    keypoint: np.ndarray
    keypoint_score: np.ndarray
    frame_inds: np.ndarray
    geometry: Geometry
    label: int = None

    @property
    def num_frames(self):
        src = self.frames if self.kind == 'rgb' else self.heatmaps
        return len(src)


def test_pipeline_cfg(cfg):
    """The config's test pipeline (list of dicts).

    Heatmaps are made in the pipeline (``pose_heatmaps='device'`` is turned
    back into ``FastGeneratePoseTarget``): the sample keeps them.
    """
    for key in ('test_dataloader', 'val_dataloader'):
        loader = cfg.get(key)
        if loader and loader.get('dataset', {}).get('pipeline'):
            return _heatmaps_in_pipeline(loader['dataset']['pipeline'])
    if cfg.get('test_pipeline'):
        return _heatmaps_in_pipeline(cfg.test_pipeline)
    raise HarError('the config has no test_dataloader.dataset.pipeline')


def _heatmaps_in_pipeline(pipeline):
    if 'PackPoseKeypoints' in [t.get('type') for t in pipeline]:
        return convert_pipeline(pipeline, 'cpu')
    return copy.deepcopy(pipeline)


def single_view(pipeline):
    """Copy of a test pipeline that yields one view (see module doc).

    For 2D recognizers (``FormatShape`` ``NCHW``) ``num_clips`` is the
    number of segments the model consumes and is kept.
    """
    formats = [t.get('input_format') for t in pipeline
               if t.get('type') == 'FormatShape']
    two_d = bool(formats) and formats[0] == 'NCHW'
    out = []
    for t in copy.deepcopy(list(pipeline)):
        kind = t.get('type')
        if kind in _SAMPLERS and 'num_clips' in t and not two_d:
            t['num_clips'] = 1
        elif kind in POSE_TARGETS:
            t['double'] = False
        elif kind in ('ThreeCrop', 'TenCrop'):
            t = dict(type='CenterCrop', crop_size=t['crop_size'])
        out.append(t)
    return out


def input_kind(pipeline):
    """``pose`` if the pipeline makes keypoint heatmaps, else ``rgb``."""
    types = {t.get('type') for t in pipeline}
    if types & set(POSE_TARGETS):
        return 'pose'
    if types & {'PoseDecode', 'GenSkeFeat', 'PreNormalize2D',
                'PreNormalize3D'}:
        raise HarError('Grad-CAM needs image-like inputs: this pipeline '
                       'feeds raw keypoints (a GCN), not heatmaps')
    return 'rgb'


def _split(pipeline):
    names = [t.get('type') for t in pipeline]
    if 'FormatShape' not in names:
        raise HarError('the test pipeline has no FormatShape transform')
    i = names.index('FormatShape')
    return pipeline[:i], pipeline[i:]


def prepare_sample(cfg, info, name=None):
    """Run one data info dict through the single-view test pipeline.

    Args:
        cfg (Config): The model's config.
        info (dict): What a dataset's ``get_data_info`` returns: for videos
            ``filename``; for poses a PoseDataset annotation (``keypoint``
            (M, T, V, 2), ``img_shape``, ``total_frames``, ...).
        name (str | None): Sample name; default from the info.

    Returns:
        Sample
    """
    from mmaction.registry import TRANSFORMS
    from mmengine.registry import init_default_scope
    init_default_scope('mmaction')
    pipeline = single_view(test_pipeline_cfg(cfg))
    kind = input_kind(pipeline)
    head, tail = _split(pipeline)
    results = copy.deepcopy(info)
    results.setdefault('start_index', 0)
    results.setdefault('modality', 'Pose' if kind == 'pose' else 'RGB')
    results.setdefault('label', -1)
    if kind == 'rgb' and 'SubsequenceRange' in {t['type'] for t in head}:
        # A KTH-style pipeline reads one range: a plain video is one range
        # (SubsequenceRange cuts it at the last frame).
        results.setdefault('frame_range', (0, WHOLE_VIDEO))
    if kind == 'pose':
        if 'keypoint' not in results:
            raise HarError(f'sample {name or results.get("frame_dir")}: a '
                           f'pose entry needs "keypoint" (M, T, V, 2)')
        original_shape = tuple(results.get('original_shape',
                                           results['img_shape']))
        original_kp = np.asarray(results['keypoint'], dtype=np.float32)
    try:
        for t in head:
            results = TRANSFORMS.build(t)(results)
    except HarError:
        raise
    except Exception as err:  # a reader's error: name the file
        source = info.get('filename') or info.get('frame_dir') or name
        detail = str(err).strip().splitlines()[0][:200] if str(err) else ''
        raise HarError(f'{source}: cannot read it ({type(err).__name__}: '
                       f'{detail})') from None
    if kind == 'rgb':
        original_shape = results['original_shape']
    geometry = Geometry.from_results(results, original_shape)
    frame_inds = np.asarray(results['frame_inds']).reshape(-1)
    label = results.get('label', -1)
    label = None if label is None or int(np.asarray(label).reshape(-1)[0]) \
        < 0 else int(np.asarray(label).reshape(-1)[0])
    frames = heatmaps = keypoint = score = None
    if kind == 'rgb':
        frames = np.stack(results['imgs']).astype(np.uint8)
    else:
        heatmaps = np.asarray(results['imgs'], dtype=np.float32)
        # Map the original keypoints rather than reuse the transformed ones:
        # PoseCompact leaves (0, 0) "missing" points unshifted.
        inds = np.clip(frame_inds, 0, original_kp.shape[1] - 1)
        keypoint = geometry.to_input(original_kp[:, inds]).astype(np.float32)
        if 'keypoint_score' in info:
            score = np.asarray(info['keypoint_score'],
                               dtype=np.float32)[:, inds]
        else:
            score = np.ones(keypoint.shape[:3], dtype=np.float32)
        score = np.where(np.all(original_kp[:, inds] == 0, -1), 0., score)
    for t in tail:
        results = TRANSFORMS.build(t)(results)
    key = info.get('frame_dir') or osp.splitext(
        osp.basename(info.get('filename', 'sample')))[0]
    if name is None:
        name = key.replace('/', '_')
        if info.get('frame_range', (0, WHOLE_VIDEO))[1] < WHOLE_VIDEO:
            name += '_f{}-{}'.format(*info['frame_range'])
    return Sample(name=name, key=key, kind=kind, packed=results, frames=frames,
                  heatmaps=heatmaps, keypoint=keypoint, keypoint_score=score,
                  frame_inds=frame_inds, geometry=geometry, label=label)


def model_inputs(model, sample):
    """Preprocessed input tensor of one sample, (1, ...)."""
    data = dict(inputs=[sample.packed['inputs']],
                data_samples=[sample.packed['data_samples']])
    return model.data_preprocessor(data, False)['inputs']


def load_pose_file(path):
    """Annotations of a PoseDataset pkl (dict with ``annotations`` or list).

    Returns:
        tuple[list[dict], dict]: The annotations and the whole file content
        (``split``, ``classes`` when present).
    """
    if not osp.isfile(path):
        raise MissingFileError('pose file', path)
    try:
        with open(path, 'rb') as f:
            data = pickle.load(f)
    except (pickle.UnpicklingError, EOFError, ValueError) as err:
        raise HarError(f'{path}: not a readable pickle ({err})') from err
    if isinstance(data, dict) and 'annotations' in data:
        return list(data['annotations']), data
    if isinstance(data, dict) and 'keypoint' in data:
        return [data], {}
    if isinstance(data, list):
        return data, {}
    raise HarError(f'{path}: expected a PoseDataset pkl (a dict with '
                   f'"annotations", a list of entries or one entry)')


def find_pose_entry(annotations, key, path='pose file'):
    """The entry whose ``frame_dir`` is ``key`` or, for an int, index ``key``.
    """
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        i = int(key)
        if not 0 <= i < len(annotations):
            raise HarError(f'{path}: sample index {i} out of range '
                           f'(0..{len(annotations) - 1})')
        return annotations[i]
    for ann in annotations:
        if ann.get('frame_dir') == key or ann.get('filename') == key:
            return ann
    raise HarError(f'{path}: no entry with frame_dir {key!r}')
