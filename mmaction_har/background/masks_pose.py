"""Person masks drawn from 2D keypoints (COCO-17), e.g. an existing pose pkl.

Limbs are thick lines, the trunk a filled shoulder-hip quadrilateral with
thick edges, the head a disc around the face keypoints. Thicknesses follow
each person's torso length ``L`` (median over the video of mid-shoulder to
mid-hip), with ratios of adult body proportions: upper arm 0.3 L,
forearm 0.26 L, thigh 0.42 L, shin 0.32 L, head radius 0.3 L. Forearms and
shins are extended past the wrist and ankle to cover hands and feet.
"""
import os.path as osp
import pickle

import cv2
import numpy as np

from ..errors import HarError, MissingFileError

# COCO-17 indices.
_FACE = (0, 1, 2, 3, 4)
_L_SH, _R_SH, _L_HIP, _R_HIP = 5, 6, 11, 12
#: (joint a, joint b, width / L, extension past b / |ab|)
LIMBS = ((5, 7, 0.30, 0.0), (7, 9, 0.26, 0.3), (6, 8, 0.30, 0.0),
         (8, 10, 0.26, 0.3), (11, 13, 0.42, 0.0), (13, 15, 0.32, 0.15),
         (12, 14, 0.42, 0.0), (14, 16, 0.32, 0.15))
TRUNK_EDGE = 0.3
HEAD_RADIUS = 0.3
_SHIFT = 3
_ONE = 1 << _SHIFT


def _pt(p):
    return tuple(int(v) for v in np.round(np.asarray(p) * _ONE))


def torso_length(kp, valid):
    """Median mid-shoulder to mid-hip distance over frames (nan if never
    seen). ``kp`` (T, 17, 2), ``valid`` (T, 17) bool."""
    ok = valid[:, [_L_SH, _R_SH, _L_HIP, _R_HIP]].all(1)
    if not ok.any():
        return float('nan')
    sh = (kp[ok, _L_SH] + kp[ok, _R_SH]) / 2
    hip = (kp[ok, _L_HIP] + kp[ok, _R_HIP]) / 2
    return float(np.median(np.linalg.norm(sh - hip, axis=-1)))


def draw_person(canvas, kp, valid, length, width=1.0):
    """Draw one person of one frame into a uint8 canvas (value 1).

    Args:
        canvas (np.ndarray): uint8 (h, w), modified in place.
        kp (np.ndarray): (17, 2) keypoints in canvas pixels.
        valid (np.ndarray): (17,) bool.
        length (float): The person's torso length in canvas pixels.
        width (float): Multiplier of all thicknesses.
    """
    size = length * width

    def line(a, b, thick):
        cv2.line(canvas, _pt(a), _pt(b), 1, max(1, int(round(thick))),
                 cv2.LINE_8, _SHIFT)

    for a, b, ratio, ext in LIMBS:
        if valid[a] and valid[b]:
            line(kp[a], kp[b] + ext * (kp[b] - kp[a]), ratio * size)
    trunk = [_L_SH, _R_SH, _R_HIP, _L_HIP]
    if valid[trunk].all():
        cv2.fillPoly(canvas, [np.round(kp[trunk] * _ONE).astype(np.int32)],
                     1, cv2.LINE_8, _SHIFT)
        for i, j in zip(trunk, trunk[1:] + trunk[:1]):
            line(kp[i], kp[j], TRUNK_EDGE * size)
    face = [i for i in _FACE if valid[i]]
    if face:
        centre = kp[face].mean(0)
        cv2.circle(canvas, _pt(centre), int(round(HEAD_RADIUS * size * _ONE)),
                   1, -1, cv2.LINE_8, _SHIFT)
        if valid[[_L_SH, _R_SH]].all():
            line(centre, (kp[_L_SH] + kp[_R_SH]) / 2, TRUNK_EDGE * size)


def pose_scores(keypoint, keypoint_score, img_shape, out_shape,
                score_thr=0.3, width=1.0):
    """Masks (T, h, w) float32 in {0, 1} from MMAction2-style keypoints.

    Args:
        keypoint (np.ndarray): (M, T, 17, 2) pixels of ``img_shape`` (or
            (M, T, 17, 3) with the score last).
        keypoint_score (np.ndarray | None): (M, T, 17); None: all 1.
        img_shape (tuple): (H, W) the keypoints refer to.
        out_shape (tuple): (h, w) of the masks.
        score_thr (float): Keypoints below it are ignored.
        width (float): Multiplier of all thicknesses.
    """
    kp = np.asarray(keypoint, np.float32)
    if kp.ndim != 4 or kp.shape[2] != 17 or kp.shape[3] not in (2, 3):
        raise HarError(f'keypoint must have shape (M, T, 17, 2|3) (COCO-17),'
                       f' got {kp.shape}')
    if keypoint_score is None:
        keypoint_score = (kp[..., 2] if kp.shape[3] == 3
                          else np.ones(kp.shape[:3], np.float32))
    score = np.asarray(keypoint_score, np.float32)
    if score.shape != kp.shape[:3]:
        raise HarError(f'keypoint_score shape {score.shape} does not match '
                       f'keypoint shape {kp.shape}')
    scale = np.array([out_shape[1] / img_shape[1],
                      out_shape[0] / img_shape[0]], np.float32)
    xy = kp[..., :2] * scale
    valid = (score >= score_thr) & np.isfinite(xy).all(-1)
    out = np.zeros((kp.shape[1],) + tuple(out_shape), np.uint8)
    for person, ok in zip(xy, valid):
        length = torso_length(person, ok)
        if not np.isfinite(length) or length <= 0:
            continue
        for t in np.flatnonzero(ok.any(1)):
            draw_person(out[t], person[t], ok[t], length, width)
    return out.astype(np.float32)


class PoseIndex:
    """Annotations of a pose pkl, found by the video's file stem.

    Args:
        path (str): MMAction2 pose pkl (``annotations`` with ``frame_dir``,
            ``keypoint`` (M, T, 17, 2), ``img_shape``), or a plain list of
            such annotations.
    """

    def __init__(self, path):
        if not osp.isfile(path):
            raise MissingFileError('pose pkl', path)
        try:
            with open(path, 'rb') as f:
                data = pickle.load(f)
        except Exception as err:
            raise HarError(f'cannot read pose pkl {path}: {err}') from err
        annos = data.get('annotations') if isinstance(data, dict) else data
        if not isinstance(annos, list):
            raise HarError(f'pose pkl {path}: expected a dict with key '
                           f'"annotations" (a list) or a list')
        self.path = path
        self.by_name = {}
        for i, anno in enumerate(annos):
            missing = [k for k in ('frame_dir', 'keypoint', 'img_shape')
                       if k not in anno]
            if missing:
                raise HarError(f'pose pkl {path}: annotation {i} lacks '
                               f'key(s) {missing}')
            self.by_name[str(anno['frame_dir'])] = anno

    def lookup(self, rel_path):
        """The annotation of a video (by path without extension, then by
        file stem)."""
        stem = osp.splitext(rel_path)[0]
        for key in (stem, osp.basename(stem)):
            if key in self.by_name:
                return self.by_name[key]
        raise HarError(f'pose pkl {self.path} has no annotation with '
                       f'frame_dir {osp.basename(stem)!r} (video {rel_path})')
