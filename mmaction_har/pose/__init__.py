"""Offline pose extraction: videos -> MMAction2 pose pkl in COCO-17.

* :mod:`.backend`: the backend interface and ``build_backend`` (backends
  register in :data:`mmaction_har.registry.POSE_BACKENDS`).
* :mod:`.mediapipe_backend`: default, MediaPipe BlazePose, offline on CPU.
* :mod:`.mmpose_backend`: an MMPose top-down model (optional dependency).
* :mod:`.layout`: BlazePose-33 -> COCO-17.
* :mod:`.tracking`: the main person across frames.
* :mod:`.video`: one video -> keypoints; :mod:`.extract`: many videos with
  workers, cache (:mod:`.cache`) and failures; :mod:`.lists`: inputs;
  :mod:`.outputs`: the pkl and the failed list.

See docs/pose_extraction.md.
"""
from ..registry import POSE_BACKENDS
from .backend import (PoseBackend, backend_names, build_backend,
                      register_backend)
from .extract import ExtractionResult, extract_poses
from .layout import BLAZEPOSE33, BLAZEPOSE_TO_COCO17, blazepose_to_coco17
from .lists import VideoItem, read_classes, read_inputs, read_video_list
from .outputs import write_failed_list, write_pose_pkl
from .person import Person
from .tracking import MainPersonTracker
from .video import extract_video

__all__ = [
    'BLAZEPOSE33', 'BLAZEPOSE_TO_COCO17', 'ExtractionResult',
    'MainPersonTracker', 'POSE_BACKENDS', 'Person', 'PoseBackend', 'VideoItem',
    'backend_names', 'blazepose_to_coco17', 'build_backend', 'extract_poses',
    'extract_video', 'read_classes', 'read_inputs', 'read_video_list',
    'register_backend', 'write_failed_list', 'write_pose_pkl'
]
