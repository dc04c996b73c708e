"""Small vectorised kinematics helpers for the demo figures.

Body frame (3D, units of standing height): ``x`` points to the subject's
left, ``y`` up, ``z`` forward (where the subject faces). Arrays of points
have shape (T, 3) for T frames.
"""
import numpy as np


def limb_dir(flex, abd, side):
    """Unit direction of a limb segment from two angles.

    Args:
        flex (np.ndarray | float): Flexion in radians, shape (T,): 0 points
            straight down, pi/2 forward, pi straight up.
        abd (np.ndarray | float): Abduction in radians, shape (T,): rotation
            out of the sagittal plane towards the limb's own side (negative
            values point across the body).
        side (int): +1 for a left limb, -1 for a right limb.

    Returns:
        np.ndarray: Unit vectors, shape (T, 3).
    """
    flex, abd = np.broadcast_arrays(np.asarray(flex, float),
                                    np.asarray(abd, float))
    return np.stack([side * np.sin(abd), -np.cos(abd) * np.cos(flex),
                     np.cos(abd) * np.sin(flex)], axis=-1)


def two_bone_ik(root, target, len_a, len_b, pole):
    """Place a two-segment limb (e.g. shoulder-elbow-wrist) to reach a target.

    Args:
        root (np.ndarray): Root joint positions, shape (T, 3).
        target (np.ndarray): Wanted end positions, shape (T, 3); targets out
            of reach give a straight limb pointing at them.
        len_a (float): Root-to-middle segment length.
        len_b (float): Middle-to-end segment length.
        pole (np.ndarray): Direction the middle joint bends towards, shape
            (3,) or (T, 3); must not be parallel to ``target - root``.

    Returns:
        tuple[np.ndarray, np.ndarray]: Middle and end joints, each (T, 3).
    """
    delta = target - root
    dist = np.linalg.norm(delta, axis=-1, keepdims=True)
    u = delta / np.maximum(dist, 1e-9)
    dist = np.clip(dist, abs(len_a - len_b) + 1e-6, (len_a + len_b) * 0.9995)
    pole = np.broadcast_to(np.asarray(pole, float), delta.shape)
    v = pole - np.sum(pole * u, axis=-1, keepdims=True) * u
    v = v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)
    cos_a = (len_a**2 + dist**2 - len_b**2) / (2 * len_a * dist)
    sin_a = np.sqrt(np.clip(1 - cos_a**2, 0, 1))
    middle = root + len_a * (cos_a * u + sin_a * v)
    return middle, root + dist * u


def yaw_project(points, yaw):
    """Rotate body-frame points about the vertical axis and project.

    The camera looks along -z of the world; the orthographic image plane has
    ``x`` to the right and ``y`` up. ``yaw = 0`` faces the camera (the
    subject's left appears on the image's right); ``yaw = +pi/2`` faces the
    image's right.

    Args:
        points (np.ndarray): Body-frame points, shape (..., 3).
        yaw (float): Facing angle in radians.

    Returns:
        tuple[np.ndarray, np.ndarray]: Image-plane points (..., 2) with y up,
        and depth towards the camera (...,).
    """
    x, y, z = points[..., 0], points[..., 1], points[..., 2]
    c, s = np.cos(yaw), np.sin(yaw)
    return np.stack([x * c + z * s, y], axis=-1), -x * s + z * c
