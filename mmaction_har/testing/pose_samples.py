"""Keypoint samples for the heatmap tests and benchmarks.

* :func:`penn_annotations`: real Penn Action sequences (13 joints) as
  PoseDataset annotations, read with the project's importer;
  :func:`penn_to_coco17` puts them in COCO-17 order (eyes and ears at the
  head, with its visibility) so COCO-17 pipelines run on them unchanged.
* :func:`hard_keypoints`: random keypoints with the cases that break
  heatmap code: points outside the frame, zero scores, limbs of zero and of
  sub-pixel length, several persons.
* :func:`synthetic_people`: PoseDataset annotations of moving COCO-17
  figures, for speed tests where no real data is at hand.
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


#: A standing COCO-17 figure, (x, y) in body heights, feet at y = 0.
_STANDING = np.array([
    [0.00, -0.93], [-0.03, -0.95], [0.03, -0.95], [-0.06, -0.93],
    [0.06, -0.93], [-0.13, -0.80], [0.13, -0.80], [-0.17, -0.62],
    [0.17, -0.62], [-0.19, -0.46], [0.19, -0.46], [-0.09, -0.50],
    [0.09, -0.50], [-0.10, -0.27], [0.10, -0.27], [-0.10, -0.03],
    [0.10, -0.03]], np.float32)


def synthetic_people(count, frames=100, shape=(480, 640), max_persons=2,
                     seed=0):
    """PoseDataset annotations of moving COCO-17 figures.

    Each figure is a standing skeleton placed at a random spot and scale,
    walking across the frame while its joints swing (a sine per joint),
    with scores in [0.3, 1]; a second person appears in half the clips.

    Returns:
        list[dict]: ``keypoint`` (M, T, 17, 2), ``keypoint_score``
        (M, T, 17), ``img_shape``, ``total_frames``, ``label`` (0-59),
        ``frame_dir``.
    """
    rng = np.random.default_rng(seed)
    h, w = shape
    t = np.arange(frames, dtype=np.float32)[:, None, None]
    out = []
    for i in range(count):
        persons = 1 + int(max_persons > 1 and rng.uniform() < 0.5)
        kps = []
        for _ in range(persons):
            height = rng.uniform(0.4, 0.9) * h
            start = rng.uniform([0.2 * w, 0.6 * h], [0.8 * w, 0.95 * h])
            speed = rng.uniform(-1.5, 1.5)
            swing = rng.uniform(0, 0.05, (1, 17, 2)) * height
            phase = rng.uniform(0, 2 * np.pi, (1, 17, 2))
            kp = _STANDING[None] * height + start + swing * np.sin(
                t * rng.uniform(0.1, 0.3) + phase)
            kp[..., 0] += speed * t[..., 0]
            kps.append(kp)
        kp = np.stack(kps).astype(np.float32)
        out.append(dict(
            frame_dir=f'synthetic_{i:05d}', label=i % 60,
            total_frames=frames, img_shape=shape, original_shape=shape,
            keypoint=kp, keypoint_score=rng.uniform(
                0.3, 1, kp.shape[:-1]).astype(np.float32)))
    return out


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
