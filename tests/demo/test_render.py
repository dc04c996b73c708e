"""The figure painter's capsules: plain-float drawing, the same pixels as
the same operations on numpy arrays."""
import cv2
import numpy as np
import pytest

from mmaction_har.demo.render import _SCALE, _SHIFT, _capsule, _shade


def capsule_with_arrays(img, p1, p2, r1, r2, colour):
    """The capsule computed on numpy arrays (the painter's first form)."""
    p1, p2 = np.asarray(p1, np.float64), np.asarray(p2, np.float64)
    r1, r2 = max(r1, 0.5), max(r2, 0.5)
    for p, r in ((p1, r1), (p2, r2)):
        cv2.circle(img, tuple(int(round(v)) for v in p * _SCALE),
                   int(r * _SCALE), colour, -1, cv2.LINE_AA, _SHIFT)
    d = p2 - p1
    length = float(np.hypot(d[0], d[1]))
    if length > 1e-3:
        n = np.array([-d[1], d[0]]) / length
        quad = np.array([p1 + n * r1, p2 + n * r2, p2 - n * r2, p1 - n * r1])
        cv2.fillConvexPoly(img, np.round(quad * _SCALE).astype(np.int32),
                           colour, cv2.LINE_AA, _SHIFT)


@pytest.mark.parametrize('seed', range(5))
def test_capsule_draws_the_pixels_of_the_array_form(seed):
    rng = np.random.default_rng(seed)
    ours, ref = (np.zeros((64, 64, 3), np.uint8) for _ in range(2))
    for _ in range(200):
        p1, p2 = rng.uniform(-8, 72, (2, 2))
        if rng.random() < 0.1:
            p2 = p1.copy()  # a disc (zero length)
        r1, r2 = rng.uniform(0, 6, 2)
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        _capsule(ours, p1, p2, r1, r2, colour)
        capsule_with_arrays(ref, p1, p2, r1, r2, colour)
    assert ours.any()
    np.testing.assert_array_equal(ours, ref)


def test_shade_is_cached_and_clipped():
    assert _shade((200, 100, 10), 1.5) == (255, 150, 15)
    assert _shade((200, 100, 10), 1.5) is _shade((200, 100, 10), 1.5)
