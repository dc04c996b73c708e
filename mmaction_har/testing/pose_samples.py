"""Keypoint samples for the heatmap tests and benchmarks.

* :func:`penn_annotations`: real Penn Action sequences (13 joints) as
  PoseDataset annotations, read with the project's importer;
  :func:`penn_to_coco17` puts them in COCO-17 order (eyes and ears at the
  head, with its visibility) so COCO-17 pipelines run on them unchanged.
* :func:`hard_keypoints`: random keypoints with the cases that break
  heatmap code: points outside the frame, zero scores, limbs of zero and of
  sub-pixel length, several persons.
* :func:`run_transforms`: a list of annotations through some transforms.
"""
import copy
import glob
import os.path as osp
import random

import numpy as np

from ..errors import MissingFileError
from ..importers.penn_action import JOINTS as PENN_JOINTS
from ..importers.penn_action import read_label
from ..pose.keypoints import COCO17

#: Penn Action bones (head-shoulders, arms, trunk, legs).
PENN_SKELETON = ((0, 1), (0, 2), (1, 2), (1, 3), (3, 5), (2, 4), (4, 6),
                 (1, 7), (2, 8), (7, 8), (7, 9), (9, 11), (8, 10), (10, 12))
PENN_LEFT = [i for i, n in enumerate(PENN_JOINTS) if n.startswith('left_')]
PENN_RIGHT = [PENN_JOINTS.index('right_' + PENN_JOINTS[i][5:])
              for i in PENN_LEFT]
#: The limbs that swap with ``double`` (left / right arm, trunk, leg).
PENN_LEFT_LIMB = (0, 3, 4, 7, 10, 11)
PENN_RIGHT_LIMB = (1, 5, 6, 8, 12, 13)
#: ``GeneratePoseTarget`` arguments for Penn Action's 13 joints.
PENN_HEATMAP = dict(skeletons=PENN_SKELETON, left_kp=PENN_LEFT,
                    right_kp=PENN_RIGHT, left_limb=PENN_LEFT_LIMB,
                    right_limb=PENN_RIGHT_LIMB)
#: For each COCO-17 joint, the Penn Action joint it takes (face: the head).
PENN_FOR_COCO17 = [PENN_JOINTS.index(n) if n in PENN_JOINTS else 0
                   for n in COCO17]


def penn_annotations(labels_dir, count, step=1):
    """PoseDataset annotations of Penn Action label files.

    Args:
        labels_dir (str): The ``labels`` folder (``NNNN.mat``).
        count (int): How many sequences.
        step (int): Take every ``step``-th file (spreads over the actions).

    Returns:
        list[dict]: ``keypoint`` (1, T, 13, 2), ``keypoint_score``
        (1, T, 13) visibility, ``img_shape``, ``total_frames``, ...
    """
    files = sorted(glob.glob(osp.join(labels_dir, '*.mat')))[::step][:count]
    if not files:
        raise MissingFileError('Penn Action label files',
                               osp.join(labels_dir, 'NNNN.mat'))
    out = []
    for path in files:
        rec, _ = read_label(path)
        out.append(dict(
            frame_dir=osp.splitext(osp.basename(path))[0], label=0,
            total_frames=len(rec['keypoint']), start_index=0,
            modality='Pose', keypoint=rec['keypoint'][None],
            keypoint_score=rec['score'][None], img_shape=rec['img_shape'],
            original_shape=rec['img_shape']))
    return out


def penn_to_coco17(ann):
    """A Penn Action annotation with its joints in COCO-17 order."""
    ann = dict(ann)
    ann['keypoint'] = ann['keypoint'][:, :, PENN_FOR_COCO17]
    ann['keypoint_score'] = ann['keypoint_score'][:, :, PENN_FOR_COCO17]
    return ann


def hard_keypoints(rng, persons, frames, joints, shape, margin=6.):
    """Random keypoints with the edge cases of heatmap rendering.

    Args:
        rng (np.random.Generator): Random source.
        persons, frames, joints (int): M, T, V (V >= 6).
        shape (tuple[int, int]): (H, W) of the image.
        margin (float): Points reach this far outside the image.

    Returns:
        tuple[ndarray, ndarray]: (M, T, V, 2) float32 keypoints, (M, T, V)
        float32 scores: about 10% exactly 0 (and some below 1e-4); joint 3
        sits on joint 1 (zero-length limbs), joint 4 half a pixel from
        joint 2 (sub-pixel limbs); joint 5 is far outside the image.
    """
    h, w = shape
    kp = rng.uniform(-margin, [w + margin, h + margin],
                     (persons, frames, joints, 2)).astype(np.float32)
    score = rng.uniform(0, 1, (persons, frames, joints)).astype(np.float32)
    score[score < 0.1] = 0
    score[score > 0.95] = 5e-5
    kp[:, :, 3] = kp[:, :, 1]
    kp[:, :, 4] = kp[:, :, 2] + np.float32(0.5)
    kp[:, :, 5] = -3 * w
    return kp, score


def run_transforms(annotations, transforms, seed=0):
    """Copies of ``annotations`` after ``transforms`` (built transforms).

    ``random`` and ``np.random`` are seeded once, so random transforms
    repeat.
    """
    random.seed(seed)
    np.random.seed(seed)
    out = []
    for ann in annotations:
        results = copy.deepcopy(ann)
        for t in transforms:
            results = t(results)
        out.append(results)
    return out
