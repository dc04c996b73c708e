"""2D keypoint layouts (OpenPose BODY_25, COCO-18, MMPose COCO-17) and subsets.

Layouts are defined by their joint names, in index order; converting between
two layouts picks, for every joint of the target, the joint of the same name
in the source, so every mapping follows from the name lists.

* ``body25``: OpenPose BODY_25 (0 nose, 1 neck, 2-4 right arm, 5-7 left
  arm, 8 mid hip, 9-11 right leg, 12-14 left leg, 15-18 eyes and ears,
  19-24 feet).
* ``body24``: BODY_25 without the mid hip; its first 18 points are the
  OpenPose COCO-18 order (the child study's 24-point set).
* ``coco18``: OpenPose COCO-18 (the child study's 18-point set).
* ``coco14``: COCO-18 without eyes and ears (the child study's 14 points).
* ``coco17``: MMPose/PoseC3D COCO-17 (nose, eyes, ears, then left/right
  pairs of shoulders, elbows, wrists, hips, knees, ankles).
* ``nturgb+d``: NTU RGB+D's 25 Kinect v2 joints (MMAction2's graph layout
  of that name): spine base, mid spine, neck, head, left arm and hand,
  right arm and hand, left leg and foot, right leg and foot, spine at the
  shoulders, then the left and right hand tips and thumbs. It has 25 joints
  like ``body25``, so pickles declare it (``keypoint_layout``); a keypoint
  count never selects it.
"""
import numpy as np

from ..errors import HarError

BODY25 = ('nose', 'neck', 'right_shoulder', 'right_elbow', 'right_wrist',
          'left_shoulder', 'left_elbow', 'left_wrist', 'mid_hip',
          'right_hip', 'right_knee', 'right_ankle', 'left_hip', 'left_knee',
          'left_ankle', 'right_eye', 'left_eye', 'right_ear', 'left_ear',
          'left_big_toe', 'left_small_toe', 'left_heel', 'right_big_toe',
          'right_small_toe', 'right_heel')
BODY24 = tuple(n for n in BODY25 if n != 'mid_hip')
COCO18 = BODY24[:18]
COCO14 = COCO18[:14]
COCO17 = ('nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear',
          'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow',
          'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee',
          'right_knee', 'left_ankle', 'right_ankle')

NTU25 = ('spine_base', 'spine_mid', 'neck', 'head', 'left_shoulder',
         'left_elbow', 'left_wrist', 'left_hand', 'right_shoulder',
         'right_elbow', 'right_wrist', 'right_hand', 'left_hip', 'left_knee',
         'left_ankle', 'left_foot', 'right_hip', 'right_knee', 'right_ankle',
         'right_foot', 'spine_shoulder', 'left_hand_tip', 'left_thumb',
         'right_hand_tip', 'right_thumb')

LAYOUTS = {'body25': BODY25, 'body24': BODY24, 'coco18': COCO18,
           'coco14': COCO14, 'coco17': COCO17, 'nturgb+d': NTU25}
#: The child study's keypoint sets by size, plus COCO-17 for PoseC3D.
BY_SIZE = {25: 'body25', 24: 'body24', 18: 'coco18', 14: 'coco14',
           17: 'coco17'}


def layout(name_or_size):
    """Canonical layout name from a name or a keypoint count."""
    if isinstance(name_or_size, str) and name_or_size.isdigit():
        name_or_size = int(name_or_size)
    name = BY_SIZE.get(name_or_size, name_or_size)
    if name not in LAYOUTS:
        raise HarError(f'keypoint layout {name_or_size!r}: expected one of '
                       f'{sorted(LAYOUTS)} or a size in {sorted(BY_SIZE)}')
    return name


def conversion(src, dst):
    """Indices into ``src`` that give the ``dst`` layout.

    Raises:
        HarError: ``dst`` needs joints that ``src`` lacks.
    """
    src_names, dst_names = LAYOUTS[layout(src)], LAYOUTS[layout(dst)]
    missing = [n for n in dst_names if n not in src_names]
    if missing:
        raise HarError(f'cannot make {layout(dst)} from {layout(src)}: '
                       f'it lacks {", ".join(missing)}')
    return [src_names.index(n) for n in dst_names]


def convert(keypoints, src, dst):
    """Reorder/subset the joint axis (``-2`` for (..., V, C) arrays)."""
    return np.asarray(keypoints)[..., conversion(src, dst), :]


def flip_indices(name):
    """``(left, right)`` index lists of a layout, as ``Flip`` wants them."""
    names = LAYOUTS[layout(name)]
    left = [i for i, n in enumerate(names) if n.startswith('left_')]
    right = [names.index('right_' + names[i][5:]) for i in left]
    return left, right
