"""COCO-17 joint trajectories of the six KTH actions, in 3D.

Every generator returns joints in the body frame of
:mod:`~mmaction_har.demo.kinematics` (x = subject's left, y = up,
z = forward; units of standing height; soles on y = 0; pelvis at x = z = 0,
i.e. without the forward translation of the gait actions, which the caller
adds from ``Motion.world_speed``).
"""
from dataclasses import dataclass

import numpy as np

from . import skeleton as sk
from .kinematics import limb_dir, two_bone_ik

_DEG = np.pi / 180

#: Gait styles: cycle frequency (Hz), hip flexion offset/amplitude, knee
#: flexion in stance / peak swing and the phase of that peak, shoulder swing
#: offset/amplitude, elbow bend (mean/amplitude), trunk lean and twist
#: (degrees), flight height (standing heights).
GAIT_STYLES = {
    'walking': dict(freq=0.95, hip_off=2, hip_amp=21, knee_stance=5,
                    knee_swing=58, knee_peak=-12, arm_off=2, arm_amp=15,
                    elbow=12, elbow_amp=6, lean=2, twist=5, flight=0.0),
    'jogging': dict(freq=1.30, hip_off=8, hip_amp=27, knee_stance=16,
                    knee_swing=88, knee_peak=-18, arm_off=8, arm_amp=24,
                    elbow=82, elbow_amp=12, lean=7, twist=8, flight=0.012),
    'running': dict(freq=1.55, hip_off=12, hip_amp=40, knee_stance=22,
                    knee_swing=118, knee_peak=-10, arm_off=14, arm_amp=48,
                    elbow=92, elbow_amp=15, lean=16, twist=12, flight=0.035),
}

#: Cycle frequencies (Hz) of the in-place actions (boxing: per arm).
IN_PLACE_FREQ = {'boxing': 1.1, 'handwaving': 1.0, 'handclapping': 1.9}


@dataclass
class Motion:
    """Joint trajectories of one clip.

    Attributes:
        joints: Body-frame COCO-17 joints, float64 (T, 17, 3).
        world_speed: Forward speed of the pelvis in standing heights per
            second (0 for the in-place actions).
        params: Motion parameters drawn for the clip (JSON-able).
    """
    joints: np.ndarray
    world_speed: float
    params: dict


def _trunk(body, pelvis, lean, twist, nod=0.0):
    """Hips, shoulders and face keypoints from the pelvis pose.

    Args:
        body (Body): Subject.
        pelvis (np.ndarray): Hip-centre positions, (T, 3).
        lean (np.ndarray | float): Forward trunk pitch (radians), (T,).
        twist (np.ndarray | float): Shoulder-line rotation about the vertical
            (radians), (T,); positive brings the left shoulder forward.
        nod (np.ndarray | float): Extra head pitch (radians), (T,).

    Returns:
        dict[int, np.ndarray]: Keypoint index -> positions (T, 3) for the face,
        shoulders and hips.
    """
    n = len(pelvis)
    lean = np.broadcast_to(lean, (n,))[:, None]
    twist = np.broadcast_to(twist, (n,))[:, None]
    zero = np.zeros_like(lean)
    axis = np.concatenate([zero, np.cos(lean), np.sin(lean)], axis=1)
    chest = pelvis + body.torso_len * axis
    across = np.concatenate([np.cos(twist), zero, np.sin(twist)], axis=1)
    head_pitch = 0.5 * lean + np.broadcast_to(nod, (n,))[:, None]
    head_up = np.concatenate([zero, np.cos(head_pitch), np.sin(head_pitch)], 1)
    head_fwd = np.concatenate([zero, -np.sin(head_pitch), np.cos(head_pitch)],
                              1)
    head = chest + (body.neck_len + body.head_r) * head_up
    left = np.array([1.0, 0.0, 0.0])
    r = body.head_r
    hip_across = np.array([1.0, 0.0, 0.0]) * body.hip_w
    return {
        sk.NOSE: head + r * (0.95 * head_fwd - 0.15 * head_up),
        sk.L_EYE: head + r * (0.7 * head_fwd + 0.25 * head_up + 0.38 * left),
        sk.R_EYE: head + r * (0.7 * head_fwd + 0.25 * head_up - 0.38 * left),
        # The ears sit symmetrically about the head centre, so the renderer
        # recovers the head disc from them.
        sk.L_EAR: head + 0.8 * r * left,
        sk.R_EAR: head - 0.8 * r * left,
        sk.L_SHOULDER: chest + body.shoulder_w * across,
        sk.R_SHOULDER: chest - body.shoulder_w * across,
        sk.L_HIP: pelvis + hip_across,
        sk.R_HIP: pelvis - hip_across,
    }


def _assemble(parts):
    keys = sorted(parts)
    assert keys == list(range(sk.NUM_KEYPOINTS)), keys
    return np.stack([parts[k] for k in keys], axis=1)


def _angle_arm(body, shoulder, side, flex_u, abd_u, flex_f, abd_f):
    elbow = shoulder + body.upper_arm * limb_dir(flex_u, abd_u, side)
    return elbow, elbow + body.forearm * limb_dir(flex_f, abd_f, side)


def _standing_legs(body, pelvis_xz, crouch, stance, spread):
    """Legs planted on the ground, knees bent by inverse kinematics.

    Args:
        body (Body): Subject.
        pelvis_xz (np.ndarray): Pelvis sway in x and z, (T, 2).
        crouch (np.ndarray | float): How far the pelvis is lowered, (T,).
        stance (float): Forward offset of the left foot (right: -stance).
        spread (float): Half distance between the feet, across.

    Returns:
        tuple[np.ndarray, dict]: Pelvis (T, 3), and knee/ankle keypoints.
    """
    n = len(pelvis_xz)
    pelvis = np.stack([pelvis_xz[:, 0],
                       body.hip_h - np.broadcast_to(crouch, (n,)),
                       pelvis_xz[:, 1]], axis=1)
    out = {}
    for side, hip_i, knee_i, ankle_i in ((1, sk.L_HIP, sk.L_KNEE, sk.L_ANKLE),
                                         (-1, sk.R_HIP, sk.R_KNEE,
                                          sk.R_ANKLE)):
        hip = pelvis + np.array([side * body.hip_w, 0, 0])
        foot = np.zeros((n, 3))
        foot[:] = [side * spread, body.ankle_h, side * stance]
        knee, ankle = two_bone_ik(hip, foot, body.thigh, body.shin,
                                  [0.15 * side, 0.0, 1.0])
        out[knee_i], out[ankle_i] = knee, ankle
    return pelvis, out


def gait(action, body, t, speed, phase0):
    """Walking, jogging or running in place (no forward translation).

    Args:
        action (str): One of ``GAIT_STYLES``.
        body (Body): Subject.
        t (np.ndarray): Frame times in seconds, (T,).
        speed (float): Cadence multiplier of this clip.
        phase0 (float): Phase at t = 0 (radians).

    Returns:
        tuple[np.ndarray, float]: Joints (T, 17, 3) and the forward speed in
        standing heights per second that keeps the stance foot planted.
    """
    st = GAIT_STYLES[action]
    freq = st['freq'] * speed
    amp = body.style
    phase = 2 * np.pi * freq * t + phase0

    def legs(p):
        """Knee and ankle offsets from the hip joints for phases p."""
        out = {}
        for side, ph, k_i, a_i in ((1, p, sk.L_KNEE, sk.L_ANKLE),
                                   (-1, p + np.pi, sk.R_KNEE, sk.R_ANKLE)):
            hip = (st['hip_off'] + amp * st['hip_amp'] * np.sin(ph)) * _DEG
            bump = ((1 + np.cos(ph - st['knee_peak'] * _DEG)) / 2)**3
            knee = (st['knee_stance'] + amp * st['knee_swing'] * bump) * _DEG
            k = body.thigh * limb_dir(hip, 2 * _DEG, side)
            out[k_i] = k
            out[a_i] = k + body.shin * limb_dir(hip - knee, 2 * _DEG, side)
        return out

    # Forward speed: in stance the foot sweeps its whole fore-aft range in
    # half a cycle.
    grid = legs(np.linspace(0, 2 * np.pi, 256, endpoint=False))
    world_speed = 2 * np.ptp(grid[sk.L_ANKLE][:, 2]) * freq

    leg = legs(phase)
    lowest = np.minimum(leg[sk.L_ANKLE][:, 1], leg[sk.R_ANKLE][:, 1])
    flight = st['flight'] * (0.5 + 0.5 * np.cos(2 * phase))
    pelvis = np.zeros((len(t), 3))
    pelvis[:, 1] = body.ankle_h + flight - lowest
    parts = _trunk(body, pelvis, st['lean'] * _DEG,
                   -amp * st['twist'] * _DEG * np.sin(phase))
    for i, offset in leg.items():
        hip = parts[sk.L_HIP if i in (sk.L_KNEE, sk.L_ANKLE) else sk.R_HIP]
        parts[i] = hip + offset
    for side, ph, sh_i, el_i, wr_i in (
            (1, phase, sk.L_SHOULDER, sk.L_ELBOW, sk.L_WRIST),
            (-1, phase + np.pi, sk.R_SHOULDER, sk.R_ELBOW, sk.R_WRIST)):
        swing = -np.sin(ph)
        flex_u = (st['arm_off'] + amp * st['arm_amp'] * swing) * _DEG
        flex_f = flex_u + (st['elbow'] + st['elbow_amp'] * swing) * _DEG
        abd_f = (4 if action == 'walking' else -12) * _DEG
        parts[el_i], parts[wr_i] = _angle_arm(body, parts[sh_i], side, flex_u,
                                              8 * _DEG, flex_f, abd_f)
    return _assemble(parts), float(world_speed)


def boxing(body, t, speed, phase0, southpaw):
    """Alternating straight punches at shoulder height from a guard.

    Args:
        body (Body): Subject.
        t (np.ndarray): Frame times in seconds, (T,).
        speed (float): Tempo multiplier.
        phase0 (float): Phase at t = 0 (radians).
        southpaw (bool): Right foot forward instead of the left.

    Returns:
        np.ndarray: Joints (T, 17, 3).
    """
    phase = 2 * np.pi * IN_PLACE_FREQ['boxing'] * speed * t + phase0
    punch = {1: np.maximum(np.sin(phase), 0)**2.5,
             -1: np.maximum(np.sin(phase + np.pi), 0)**2.5}
    bounce = 0.025 + 0.012 * np.sin(4 * phase)
    sway = np.stack([0.01 * np.sin(phase), 0.015 * (punch[1] + punch[-1])], 1)
    stance = -0.09 if southpaw else 0.09
    pelvis, parts = _standing_legs(body, sway, bounce, stance, 0.1)
    twist = 20 * _DEG * (punch[1] - punch[-1])
    parts.update(_trunk(body, pelvis, 8 * _DEG, twist, nod=8 * _DEG))
    chest = (parts[sk.L_SHOULDER] + parts[sk.R_SHOULDER]) / 2
    reach = body.upper_arm + body.forearm
    for side, sh_i, el_i, wr_i in ((1, sk.L_SHOULDER, sk.L_ELBOW, sk.L_WRIST),
                                   (-1, sk.R_SHOULDER, sk.R_ELBOW,
                                    sk.R_WRIST)):
        guard = chest + [side * 0.07, 0.07, 0.14]
        target = chest + [side * 0.03, 0.01, 0.15 + 1.2 * reach]
        e = punch[side][:, None]
        parts[el_i], parts[wr_i] = two_bone_ik(
            parts[sh_i], guard + e * (target - guard), body.upper_arm,
            body.forearm, [side * 0.7, -1.0, -0.3])
    return _assemble(parts)


def handwaving(body, t, speed, phase0, in_sync):
    """Both arms raised overhead, waving side to side.

    Args:
        body (Body): Subject.
        t (np.ndarray): Frame times in seconds, (T,).
        speed (float): Tempo multiplier.
        phase0 (float): Phase at t = 0 (radians).
        in_sync (bool): Both hands sweep the same way (like wipers) instead
            of mirror-symmetric arcs from the sides to overhead.

    Returns:
        np.ndarray: Joints (T, 17, 3).
    """
    phase = 2 * np.pi * IN_PLACE_FREQ['handwaving'] * speed * t + phase0
    s = np.sin(phase)
    sway = np.stack([0.008 * s, np.zeros_like(s)], axis=1)
    pelvis, parts = _standing_legs(body, sway, 0.005, 0.0, 0.085)
    parts.update(_trunk(body, pelvis, 0.0, 0.0, nod=-6 * _DEG))
    amp = body.style
    for side, sh_i, el_i, wr_i in ((1, sk.L_SHOULDER, sk.L_ELBOW, sk.L_WRIST),
                                   (-1, sk.R_SHOULDER, sk.R_ELBOW,
                                    sk.R_WRIST)):
        if in_sync:
            abd_u = (150 - side * amp * 14 * s) * _DEG
            abd_f = (172 - side * amp * 32 * s) * _DEG
        else:
            abd_u = (128 + amp * 36 * s) * _DEG
            abd_f = abd_u + (14 + 10 * s) * _DEG
        parts[el_i], parts[wr_i] = _angle_arm(body, parts[sh_i], side,
                                              10 * _DEG, abd_u, 10 * _DEG,
                                              abd_f)
    return _assemble(parts)


def handclapping(body, t, speed, phase0):
    """Hands meeting in front of the chest, repeatedly.

    Args:
        body (Body): Subject.
        t (np.ndarray): Frame times in seconds, (T,).
        speed (float): Tempo multiplier.
        phase0 (float): Phase at t = 0 (radians).

    Returns:
        np.ndarray: Joints (T, 17, 3).
    """
    phase = 2 * np.pi * IN_PLACE_FREQ['handclapping'] * speed * t + phase0
    opening = ((1 - np.cos(phase)) / 2)**0.8
    sway = np.stack([0.006 * np.sin(phase / 3), np.zeros_like(phase)], 1)
    pelvis, parts = _standing_legs(body, sway, 0.006, 0.0, 0.085)
    parts.update(_trunk(body, pelvis, 3 * _DEG, 0.0,
                        nod=4 * _DEG * np.sin(phase)))
    chest = (parts[sk.L_SHOULDER] + parts[sk.R_SHOULDER]) / 2
    for side, sh_i, el_i, wr_i in ((1, sk.L_SHOULDER, sk.L_ELBOW, sk.L_WRIST),
                                   (-1, sk.R_SHOULDER, sk.R_ELBOW,
                                    sk.R_WRIST)):
        x = side * (0.022 + 0.2 * body.style * opening)
        target = chest + np.stack(
            [x, -0.09 - 0.02 * opening, 0.23 - 0.03 * opening], axis=1)
        parts[el_i], parts[wr_i] = two_bone_ik(parts[sh_i], target,
                                               body.upper_arm, body.forearm,
                                               [side * 0.3, -1.0, -0.1])
    return _assemble(parts)


def simulate(action, body, num_frames, fps, rng):
    """Joint trajectories of one clip of ``action``.

    Args:
        action (str): One of :data:`~.skeleton.CLASSES`.
        body (Body): Subject.
        num_frames (int): T.
        fps (float): Frame rate.
        rng (np.random.Generator): The clip's generator (tempo, phase and
            style are drawn from it).

    Returns:
        Motion: Joints (T, 17, 3), forward speed and the drawn parameters.
    """
    t = np.arange(num_frames) / fps
    speed = float(rng.uniform(0.87, 1.15))
    phase0 = float(rng.uniform(0, 2 * np.pi))
    params = dict(speed_factor=round(speed, 4), phase0=round(phase0, 4))
    world_speed = 0.0
    if action in GAIT_STYLES:
        joints, world_speed = gait(action, body, t, speed, phase0)
    elif action == 'boxing':
        params['southpaw'] = bool(rng.uniform() < 0.3)
        joints = boxing(body, t, speed, phase0, params['southpaw'])
    elif action == 'handwaving':
        params['in_sync'] = bool(rng.uniform() < 0.35)
        joints = handwaving(body, t, speed, phase0, params['in_sync'])
    elif action == 'handclapping':
        joints = handclapping(body, t, speed, phase0)
    else:
        raise ValueError(f'unknown action {action!r}; expected one of '
                         f'{sk.CLASSES}')
    return Motion(joints=joints, world_speed=world_speed, params=params)
