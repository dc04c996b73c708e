"""Pick the main person of a clip, consistently across frames.

OpenPose lists people in no stable order. The main person is chosen in the
first frame with anyone detected as the one with the largest
``box area x mean confidence`` (box of the keypoints with confidence above
``conf_thr``), then followed frame by frame: the person whose box centre is
nearest the previous one is taken, as long as it moved less than
``max_jump`` times the previous box diagonal; otherwise (the tracked person
left, or a detection failed) the largest-and-most-confident person is taken
again and the switch is counted. Frames without anyone give zeros.
"""
import numpy as np


def _box(person, conf_thr):
    """(centre (2,), diagonal, area x mean confidence) or None."""
    good = person[:, 2] > conf_thr
    if good.sum() < 2:
        return None
    xy = person[good, :2]
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    size = hi - lo
    return (lo + hi) / 2, float(np.hypot(*size)), \
        float(size[0] * size[1] * person[good, 2].mean())


def track_main_person(frames, conf_thr=0.1, max_jump=0.5):
    """Follow the main person through a clip.

    Args:
        frames (list[np.ndarray]): Per frame, (P, V, 3) people (x, y, c).
        conf_thr (float): Keypoints at or below it do not count for boxes.
        max_jump (float): Largest accepted move of the box centre between
            consecutive tracked frames, in previous box diagonals.

    Returns:
        tuple: (T, V, 3) float32 main-person keypoints; (T,) int index of
        the person taken in each frame (-1: nobody); number of switches.
    """
    num_joints = frames[0].shape[1] if frames else 0
    out = np.zeros((len(frames), num_joints, 3), np.float32)
    picked = np.full(len(frames), -1, int)
    centre, diag, switches = None, None, 0
    for t, people in enumerate(frames):
        boxes = [(i, _box(p, conf_thr)) for i, p in enumerate(people)]
        boxes = [(i, b) for i, b in boxes if b is not None]
        if not boxes:
            continue
        choice = None
        if centre is not None:
            i, b = min(boxes, key=lambda ib: np.linalg.norm(ib[1][0] -
                                                            centre))
            if np.linalg.norm(b[0] - centre) <= max_jump * max(diag, 1.0):
                choice = (i, b)
            else:
                switches += 1
        if choice is None:
            choice = max(boxes, key=lambda ib: ib[1][2])
        i, (centre, diag, _) = choice
        out[t] = people[i]
        picked[t] = i
    return out, picked, switches
