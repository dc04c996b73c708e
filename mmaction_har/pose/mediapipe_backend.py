"""Default backend: MediaPipe BlazePose (legacy ``mp.solutions.pose``).

Works offline on CPU: the mediapipe 0.10.21 wheel bundles the person
detector (``pose_detection.tflite``) and the full landmark model
(``pose_landmark_full.tflite``, ``model_complexity=1``). The lite (0) and
heavy (2) landmark models are not bundled; mediapipe would download them,
so they are accepted only if already present. The tasks API
(``PoseLandmarker``) needs a ``.task`` bundle that the wheel does not ship.

BlazePose is a single-person model: in video mode it detects a person once
and then follows its landmarks. It therefore gives at most one candidate per
frame; when that candidate does not continue the main person's track (it
jumped to somebody else), :meth:`MediaPipePose.search` runs a second,
per-image BlazePose on a crop around the main person's last box.

Scores: the landmark ``visibility`` (the legacy API clears ``presence``).
"""
import os
import os.path as osp

import numpy as np

from ..errors import HarError
from .backend import PoseBackend, register_backend
from .layout import BLAZEPOSE_TO_COCO17
from .person import Person, scale_box

_LANDMARK_FILES = {0: 'pose_landmark_lite.tflite',
                   1: 'pose_landmark_full.tflite',
                   2: 'pose_landmark_heavy.tflite'}


def _import_mediapipe():
    # Keep mediapipe's C++ INFO/WARNING lines off the progress bar.
    os.environ.setdefault('GLOG_minloglevel', '2')
    os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')
    try:
        import mediapipe as mp
    except ImportError as err:
        raise HarError(f'the mediapipe pose backend needs mediapipe '
                       f'(pip install "mediapipe==0.10.21"): {err}') from err
    return mp


def landmarks_to_person(landmarks, width, height, offset=(0, 0)):
    """COCO-17 :class:`Person` from 33 normalised BlazePose landmarks.

    Args:
        landmarks: ``results.pose_landmarks.landmark`` (33 entries).
        width, height (int): Size of the image the landmarks refer to.
        offset (tuple): ``x, y`` of that image in the frame (for crops).
    """
    raw = np.array([(p.x * width + offset[0], p.y * height + offset[1],
                     p.visibility) for p in landmarks], np.float32)
    coco = raw[BLAZEPOSE_TO_COCO17]
    return Person(coco[:, :2], np.clip(coco[:, 2], 0, 1))


@register_backend
class MediaPipePose(PoseBackend):
    """BlazePose, one person per frame, plus a crop search to stay on track.

    Args:
        model_complexity (int): Landmark model; 1 (full) is bundled.
        min_detection_confidence (float): Person detector threshold.
        min_tracking_confidence (float): Below it, BlazePose re-detects.
        smooth_landmarks (bool): BlazePose's temporal landmark filter.
        search_scale (float): Crop size for :meth:`search`, in last boxes.
    """

    name = 'mediapipe'

    def __init__(self, model_complexity=1, min_detection_confidence=0.5,
                 min_tracking_confidence=0.5, smooth_landmarks=True,
                 search_scale=2.0):
        super().__init__(model_complexity=model_complexity,
                         min_detection_confidence=min_detection_confidence,
                         min_tracking_confidence=min_tracking_confidence,
                         smooth_landmarks=smooth_landmarks,
                         search_scale=search_scale)
        self._mp = _import_mediapipe()
        # Another mediapipe may give other keypoints: part of the cache key.
        self.options['mediapipe_version'] = self._mp.__version__
        model = _LANDMARK_FILES.get(model_complexity)
        if model is None:
            raise HarError(f'mediapipe model_complexity must be 0, 1 or 2, '
                           f'got {model_complexity!r}')
        path = osp.join(osp.dirname(self._mp.__file__), 'modules',
                        'pose_landmark', model)
        if not osp.isfile(path):
            raise HarError(f'mediapipe landmark model {path} is not '
                           f'installed (only model_complexity=1 ships with '
                           f'the wheel; the others are downloaded)')
        self._video = None
        self._image = None

    def _pose(self, static):
        return self._mp.solutions.pose.Pose(
            static_image_mode=static,
            model_complexity=self.options['model_complexity'],
            smooth_landmarks=self.options['smooth_landmarks'],
            min_detection_confidence=self.options['min_detection_confidence'],
            min_tracking_confidence=self.options['min_tracking_confidence'])

    def start_video(self, img_shape):
        # A fresh graph: BlazePose's tracking state must not cross videos.
        if self._video is not None:
            self._video.close()
        self._video = self._pose(static=False)

    def detect(self, frame, track_box=None):
        if self._video is None:
            self.start_video(frame.shape[:2])
        result = self._video.process(frame)
        if result.pose_landmarks is None:
            return []
        h, w = frame.shape[:2]
        return [landmarks_to_person(result.pose_landmarks.landmark, w, h)]

    def search(self, frame, box):
        x1, y1, x2, y2 = scale_box(box, self.options['search_scale'],
                                   frame.shape[:2]).astype(int)
        if x2 - x1 < 16 or y2 - y1 < 16:
            return []
        if self._image is None:
            self._image = self._pose(static=True)
        crop = np.ascontiguousarray(frame[y1:y2, x1:x2])
        result = self._image.process(crop)
        if result.pose_landmarks is None:
            return []
        return [landmarks_to_person(result.pose_landmarks.landmark,
                                    x2 - x1, y2 - y1, offset=(x1, y1))]

    def close(self):
        for pose in (self._video, self._image):
            if pose is not None:
                pose.close()
        self._video = self._image = None
