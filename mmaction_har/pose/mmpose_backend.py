"""Backend: an MMPose 1.x top-down model (config + checkpoint).

What it needs:

* ``mmpose>=1.0`` and what it imports (``make install`` installs mmpose
  1.3.2 and mmdet 3.3.0 with ``--no-deps``; see ``requirements/``). It runs
  on mmcv-lite: ``import mmaction_har`` makes ``mmcv.ops`` importable
  (:mod:`mmaction_har.compat.mmcv_ext`) and loads mmpose's one torchvision
  user without torchvision (:mod:`mmaction_har.compat.mmpose_simcc`).
  Top-down inference in given boxes needs no compiled op.
* A COCO-17 top-down model: ``config`` (e.g. the mmpose wheel's
  ``rtmpose-t_8xb256-420e_coco-256x192.py`` or
  ``td-hm_hrnet-w32_8xb64-210e_coco-256x192.py``) and ``checkpoint``
  (``mim download mmpose --config NAME``). Without a checkpoint the model
  keeps random weights: right shapes, meaningless keypoints (tests only).
* Person boxes (``boxes``): top-down models estimate keypoints inside a box.
  ``track`` (default) uses the main person's last box grown by
  ``box_scale`` and the whole frame while there is no track (one person per
  clip, e.g. lab recordings); ``frame`` always uses the whole frame (person
  fills the frame); ``mediapipe`` uses BlazePose's person (the default
  backend) as the detector, so MMPose keypoints are estimated in its box.
  An MMDetection detector is not wired in.
"""
import multiprocessing
import os.path as osp
import sys
import warnings

import numpy as np

from ..errors import HarError, MissingFileError
from .backend import PoseBackend, register_backend
from .person import Person, scale_box

BOX_SOURCES = ('track', 'frame', 'mediapipe')


def person_boxes(source, img_shape, track_box=None, detected=(),
                 box_scale=1.25):
    """Boxes (N, 4) ``x1, y1, x2, y2`` the top-down model runs in.

    Args:
        source (str): One of :data:`BOX_SOURCES`.
        img_shape (tuple): ``(H, W)``.
        track_box (np.ndarray, optional): The main person's last box.
        detected (list[np.ndarray]): Detector boxes (``mediapipe``).
        box_scale (float): Growth of track and detector boxes (context).
    """
    h, w = img_shape
    frame = np.array([[0, 0, w, h]], np.float32)
    if source == 'frame' or (source == 'track' and track_box is None):
        return frame
    if source == 'track':
        return scale_box(track_box, box_scale, img_shape)[None]
    if source == 'mediapipe':
        boxes = [scale_box(b, box_scale, img_shape) for b in detected]
        return np.stack(boxes) if boxes else np.zeros((0, 4), np.float32)
    raise HarError(f'mmpose person boxes {source!r}: expected one of '
                   f'{BOX_SOURCES}')


def _import_mmpose():
    try:
        from mmpose.apis import inference_topdown, init_model
    except ImportError as err:
        raise HarError(
            'the mmpose backend needs mmpose 1.x (make install installs it; '
            'see docs/pose_extraction.md): '
            f'{type(err).__name__}: {err}') from err
    return init_model, inference_topdown


@register_backend
class MMPoseTopDown(PoseBackend):
    """An MMPose top-down COCO-17 model on person boxes.

    Args:
        config (str): MMPose model config.
        checkpoint (str, optional): Its weights. None: random weights, with
            a one-line warning (shapes only; for tests).
        device (str): ``cpu`` or ``cuda:0``.
        boxes (str): Where person boxes come from, see :data:`BOX_SOURCES`.
        box_scale (float): Growth of track/detector boxes.
    """

    name = 'mmpose'

    def __init__(self, config=None, checkpoint=None, device='cpu',
                 boxes='track', box_scale=1.25):
        init_model, self._inference = _import_mmpose()
        if not config:
            raise HarError('the mmpose backend needs --pose-config (a '
                           'COCO-17 top-down model config)')
        files = [('mmpose config', config)]
        if checkpoint:
            files.append(('mmpose checkpoint', checkpoint))
        for what, path in files:
            if not osp.isfile(path):
                raise MissingFileError(what, path)
        if boxes not in BOX_SOURCES:
            raise HarError(f'mmpose person boxes {boxes!r}: expected one of '
                           f'{BOX_SOURCES}')
        stat = (osp.getsize(checkpoint), int(osp.getmtime(checkpoint))
                ) if checkpoint else None
        super().__init__(config=osp.abspath(config),
                         checkpoint=osp.abspath(checkpoint) if checkpoint
                         else None, checkpoint_stat=stat, device=device,
                         boxes=boxes, box_scale=box_scale)
        if not checkpoint:
            self.random_weights_warning(config)
        with warnings.catch_warnings(), self.mmpose_scope():
            # mmpose finds the config's relative metainfo file (COCO's
            # keypoint names) in its own package and says so: harmless.
            warnings.filterwarnings('ignore',
                                    message='The metainfo config file')
            self.model = init_model(config, checkpoint or None,
                                    device=device)
        num = self.model.dataset_meta.get('num_keypoints')
        if num != 17:
            raise HarError(f'mmpose model {config} predicts {num} keypoints; '
                           f'expected a COCO-17 model')
        self._detector = None
        if boxes == 'mediapipe':
            from .mediapipe_backend import MediaPipePose
            self._detector = MediaPipePose()

    @staticmethod
    def mmpose_scope():
        """mmpose's registry scope for its calls, the caller's afterwards.

        ``init_model`` and ``inference_topdown`` make ``mmpose`` the default
        scope for good (with a warning when it was another); this keeps
        MMAction2's scope for everything else in the process.
        """
        from mmengine.registry import DefaultScope
        return DefaultScope.overwrite_default_scope('mmpose')

    @staticmethod
    def random_weights_warning(config):
        """One line on stderr, from the main process only (workers build
        their own backend): no checkpoint, so no usable keypoints."""
        if multiprocessing.parent_process() is None:
            print(f'warning: mmpose backend without --pose-checkpoint: '
                  f'{osp.basename(config)} runs with random weights (output '
                  f'shapes only, no usable keypoints)', file=sys.stderr)

    def start_video(self, img_shape):
        if self._detector is not None:
            self._detector.start_video(img_shape)

    def detect(self, frame, track_box=None):
        detected = []
        if self._detector is not None:
            detected = [p.box for p in self._detector.detect(frame)]
        boxes = person_boxes(self.options['boxes'], frame.shape[:2],
                             track_box, detected, self.options['box_scale'])
        if not len(boxes):
            return []
        # MMPose models take BGR images (their preprocessor converts).
        with self.mmpose_scope():
            samples = self._inference(self.model, frame[..., ::-1].copy(),
                                      boxes, bbox_format='xyxy')
        people = []
        for sample in samples:
            pred = sample.pred_instances
            people.append(Person(pred.keypoints[0, :, :2],
                                 np.clip(pred.keypoint_scores[0], 0, 1)))
        return people

    def close(self):
        if self._detector is not None:
            self._detector.close()
