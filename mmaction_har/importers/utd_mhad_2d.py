"""UTD-MHAD's Kinect skeletons as Penn Action's 13 image-plane joints.

For transfer between the two datasets (e.g. PoseC3D trained on Penn Action,
fine-tuned on UTD-MHAD): each Kinect v1 joint ``(x, y, z)`` in metres
(skeleton space: x grows to the sensor's left, y up, z away from the
sensor) is projected onto a 320x240 image with the Kinect SDK's nominal
depth focal length for that size (285.63 px, principal point at the image
centre)::

    u = 160 - 285.63 * x / z        v = 120 - 285.63 * y / z

That is the sensor's own, unmirrored view: a subject facing the camera has
their left side on the image's right, as in Penn Action's frames (the
Kinect's depth stream itself is mirrored).

and the 13 joints Penn Action annotates are kept in Penn Action's order
(:data:`mmaction_har.importers.penn_action.JOINTS`). A joint with
``z <= 0`` (not tracked) gets score 0 at ``(0, 0)``.
"""
import copy
from typing import Dict

import numpy as np

from .penn_action import JOINTS as PENN_JOINTS

#: Name of this layout on the command line and in the output file name.
LAYOUT = 'penn-action-2d'
FOCAL = 285.63
IMG_SHAPE = (240, 320)
#: Kinect v1 joint (UTD-MHAD order) for each Penn Action joint.
KINECT_FOR_PENN = (0, 4, 8, 5, 9, 6, 10, 12, 16, 13, 17, 14, 18)
assert len(KINECT_FOR_PENN) == len(PENN_JOINTS)


def project(keypoint: np.ndarray) -> tuple:
    """``(..., 3)`` camera-space joints -> ``(..., 2)`` pixels and
    ``(...)`` scores (1 where ``z > 0``, else 0 with the point at 0, 0)."""
    z = keypoint[..., 2]
    valid = z > 0
    safe_z = np.where(valid, z, 1.)
    h, w = IMG_SHAPE
    uv = np.stack([w / 2 - FOCAL * keypoint[..., 0] / safe_z,
                   h / 2 - FOCAL * keypoint[..., 1] / safe_z], axis=-1)
    uv[~valid] = 0
    return uv.astype(np.float32), valid.astype(np.float32)


def to_penn_action_2d(data: Dict) -> Dict:
    """A copy of a UTD-MHAD pose pickle's contents (from
    :func:`~.utd_mhad.build_annotations`) with every annotation's
    ``keypoint`` ``(1, T, 13, 2)``, ``keypoint_score`` ``(1, T, 13)`` and
    ``img_shape`` / ``original_shape`` of the depth image."""
    out = dict(data, annotations=[])
    for anno in data['annotations']:
        anno = copy.copy(anno)
        uv, score = project(anno['keypoint'][:, :, KINECT_FOR_PENN])
        anno.update(keypoint=uv, keypoint_score=score * np.asarray(
            anno['keypoint_score'])[:, :, KINECT_FOR_PENN],
                    img_shape=IMG_SHAPE, original_shape=IMG_SHAPE)
        out['annotations'].append(anno)
    return out
