"""Deterministic synthetic demo corpus: articulated figures doing KTH actions.

Six classes (:data:`CLASSES`: walking, jogging, running, boxing, handwaving,
handclapping), each clip one figure driven by a COCO-17 skeleton and drawn
as a body. :func:`make_demo_corpus` writes the videos, MMAction2 video lists
and a PoseDataset ``pose.pkl`` (see :mod:`.corpus` for the layout).

Modules: :mod:`.skeleton` (keypoint layout, classes), :mod:`.body`
(subjects), :mod:`.kinematics` and :mod:`.motion` (3D joint trajectories),
:mod:`.background`, :mod:`.render` (drawing), :mod:`.clip` (one clip),
:mod:`.files` (atomic writes) and :mod:`.corpus` (the whole corpus).
"""
from .clip import render_clip
from .corpus import clip_name, format_summary, make_demo_corpus, split_subjects
from .skeleton import CLASSES, KEYPOINTS

__all__ = ['CLASSES', 'KEYPOINTS', 'clip_name', 'format_summary',
           'make_demo_corpus', 'render_clip', 'split_subjects']
