"""Drawing a figure (limbs, torso, head) from its COCO-17 keypoints.

The body is drawn only from the keypoints of a frame, so what is drawn is
exactly where the keypoints are: limbs are tapered capsules between joints,
the trunk a filled shoulder-hip polygon plus a capsule, the head a disc
centred between the ears. Parts are drawn far to near (painter's algorithm)
and parts behind the trunk are shaded darker.
"""
import functools

import cv2
import numpy as np

from . import skeleton as sk

_SHIFT = 4  # OpenCV sub-pixel bits
_SCALE = float(1 << _SHIFT)


def _fixed(p):
    return (int(round(float(p[0]) * _SCALE)),
            int(round(float(p[1]) * _SCALE)))


def _capsule(img, p1, p2, r1, r2, colour):
    """Tapered capsule: discs of radius r1 at p1 and r2 at p2, joined.

    Plain float arithmetic (same operations and rounding as on numpy
    arrays, so the same pixels): the corpus draws ~1 700 capsules a clip.
    """
    r1, r2 = max(r1, 0.5), max(r2, 0.5)
    x1, y1, x2, y2 = float(p1[0]), float(p1[1]), float(p2[0]), float(p2[1])
    cv2.circle(img, _fixed((x1, y1)), int(r1 * _SCALE), colour, -1,
               cv2.LINE_AA, _SHIFT)
    cv2.circle(img, _fixed((x2, y2)), int(r2 * _SCALE), colour, -1,
               cv2.LINE_AA, _SHIFT)
    dx, dy = x2 - x1, y2 - y1
    length = float(np.hypot(dx, dy))
    if length > 1e-3:
        nx, ny = -dy / length, dx / length
        quad = ((x1 + nx * r1, y1 + ny * r1), (x2 + nx * r2, y2 + ny * r2),
                (x2 - nx * r2, y2 - ny * r2), (x1 - nx * r1, y1 - ny * r1))
        cv2.fillConvexPoly(img, np.array([_fixed(q) for q in quad], np.int32),
                           colour, cv2.LINE_AA, _SHIFT)


def _polygon(img, pts, colour):
    cv2.fillPoly(img, [np.round(pts * _SCALE).astype(np.int32)], colour,
                 cv2.LINE_AA, _SHIFT)


@functools.lru_cache(maxsize=4096)
def _shade(colour, factor):
    return tuple(int(min(255, c * factor)) for c in colour)


class FigurePainter:
    """Draws one subject, scaled to ``px_per_height`` pixels per height.

    Args:
        body (Body): The subject (colours and limb thickness).
        px_per_height (float): Standing height in pixels.
        facing (float): Horizontal image direction the subject faces, in
            [-1, 1] (sine of the yaw): orients shoes and hair.
    """

    def __init__(self, body, px_per_height, facing):
        self.body = body
        h = px_per_height
        self.facing = float(facing)
        self.outline = max(0.6, 0.014 * h)
        self.r = dict(head=body.head_r * h, neck=0.032 * h,
                      torso=body.torso_r * h, arm=body.arm_r * h,
                      leg=body.leg_r * h)
        self.foot = 0.075 * h
        self.sole = body.ankle_h * h
        forearm = body.shirt if body.long_sleeves else body.skin
        shin = body.skin if body.shorts else body.pants
        self.colours = dict(forearm=forearm, shin=shin)

    def _parts(self, kp, depth):
        """(depth, draw-callable) of each part of one frame."""
        b, r = self.body, self.r
        neck = (kp[sk.L_SHOULDER] + kp[sk.R_SHOULDER]) / 2
        pelvis = (kp[sk.L_HIP] + kp[sk.R_HIP]) / 2
        head = (kp[sk.L_EAR] + kp[sk.R_EAR]) / 2
        trunk_ids = [sk.L_SHOULDER, sk.R_SHOULDER, sk.R_HIP, sk.L_HIP]
        trunk_depth = float(depth[trunk_ids].mean())
        parts = []

        def add(ids, fn, bias=0.0):
            d = float(depth[list(ids)].mean())
            factor = 1.0 - 0.3 * np.clip((trunk_depth - d) / 0.06, 0, 1)
            parts.append((d + bias, fn, factor))

        def trunk(img, f, grow):
            _polygon(img, kp[trunk_ids], self._col(b.shirt, f, grow))
            # Outline pass: grow the polygon by capsules along its edges.
            if grow:
                for i, j in zip(trunk_ids, trunk_ids[1:] + trunk_ids[:1]):
                    _capsule(img, kp[i], kp[j], grow, grow,
                             self._col(b.shirt, f, grow))
            _capsule(img, neck, pelvis, r['torso'] + grow, r['torso'] + grow,
                     self._col(b.shirt, f, grow))
            _capsule(img, kp[sk.L_HIP], kp[sk.R_HIP], r['leg'] * 1.1 + grow,
                     r['leg'] * 1.1 + grow, self._col(b.pants, f, grow))

        def head_fn(img, f, grow):
            _capsule(img, neck, head, r['neck'] + grow, r['neck'] + grow,
                     self._col(b.skin, f, grow))
            hair = head + np.array([-0.22 * self.facing, -0.2]) * r['head']
            cv2.circle(img, _fixed(hair), int((r['head'] + grow) * _SCALE),
                       self._col(b.hair, f, grow), -1, cv2.LINE_AA, _SHIFT)
            cv2.circle(img, _fixed(head + [0.1 * self.facing * r['head'], 0]),
                       int((r['head'] * 0.93 + grow) * _SCALE),
                       self._col(b.skin, f, grow), -1, cv2.LINE_AA, _SHIFT)

        add(trunk_ids, trunk)
        add([sk.L_EAR, sk.R_EAR], head_fn, bias=0.02)
        for sh, el, wr, hip, kn, an in (
                (sk.L_SHOULDER, sk.L_ELBOW, sk.L_WRIST, sk.L_HIP, sk.L_KNEE,
                 sk.L_ANKLE),
                (sk.R_SHOULDER, sk.R_ELBOW, sk.R_WRIST, sk.R_HIP, sk.R_KNEE,
                 sk.R_ANKLE)):
            add([sh, el], self._limb(kp[sh], kp[el], r['arm'] * 1.05,
                                     r['arm'] * 0.9, b.shirt))
            add([el, wr], self._forearm(kp[el], kp[wr]), bias=0.005)
            add([hip, kn], self._limb(kp[hip], kp[kn], r['leg'],
                                      r['leg'] * 0.8, b.pants))
            add([kn, an], self._shin(kp[kn], kp[an]), bias=0.005)
        parts.sort(key=lambda p: p[0])
        return parts

    def _col(self, colour, factor, grow):
        return _shade(colour, factor * (0.45 if grow else 1.0))

    def _limb(self, p1, p2, r1, r2, colour):
        def fn(img, f, grow):
            _capsule(img, p1, p2, r1 + grow, r2 + grow,
                     self._col(colour, f, grow))
        return fn

    def _forearm(self, elbow, wrist):
        d = wrist - elbow
        d = d / max(float(np.hypot(*d)), 1e-6)
        hand = wrist + d * self.r['arm'] * 0.6

        def fn(img, f, grow):
            a = self.r['arm']
            _capsule(img, elbow, wrist, a * 0.85 + grow, a * 0.72 + grow,
                     self._col(self.colours['forearm'], f, grow))
            _capsule(img, hand, hand, a * 0.95 + grow, a * 0.95 + grow,
                     self._col(self.body.skin, f, grow))
        return fn

    def _shin(self, knee, ankle):
        toe = ankle + np.array([self.facing * self.foot, 0.6 * self.sole])

        def fn(img, f, grow):
            g = self.r['leg']
            _capsule(img, knee, ankle, g * 0.78 + grow, g * 0.6 + grow,
                     self._col(self.colours['shin'], f, grow))
            _capsule(img, ankle + [0, 0.3 * self.sole], toe, g * 0.62 + grow,
                     g * 0.5 + grow, self._col(self.body.shoes, f, grow))
        return fn

    def draw(self, img, kp, depth):
        """Draw the figure of one frame in place.

        Args:
            img (np.ndarray): RGB uint8 frame (S, S, 3), modified in place.
            kp (np.ndarray): Keypoints in pixels (x, y), COCO-17 order,
                shape (17, 2).
            depth (np.ndarray): Depth towards the camera (standing heights)
                of each keypoint, shape (17,).
        """
        for _, fn, factor in self._parts(np.asarray(kp, np.float64), depth):
            fn(img, factor, self.outline)
            fn(img, factor, 0.0)
