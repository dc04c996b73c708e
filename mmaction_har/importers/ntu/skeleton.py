"""Read NTU RGB+D ``.skeleton`` files; find degenerate frames; pick bodies.

File layout (text, whitespace-separated)::

    T                                  number of frames
    per frame:
      B                                number of bodies in this frame
      per body:
        bodyID clippedEdges handLeftConfidence handLeftState
          handRightConfidence handRightState isRestricted leanX leanY
          trackingState                (10 values)
        J                              number of joints (25)
        per joint: x y z depthX depthY colorX colorY
          orientationW orientationX orientationY orientationZ trackingState
                                       (12 values)

Coordinates (the ``coords`` argument): ``'3d'`` = x, y, z (metres, camera
space); ``'depth'`` = depthX, depthY (pixels of the 512x424 depth map);
``'color'`` = colorX, colorY (pixels of the 1920x1080 RGB video).
Joint order: the 25 Kinect v2 joints (0 spine base ... 3 head ... 24 right
thumb).
"""
import os.path as osp
from dataclasses import dataclass, field

import numpy as np

from ...errors import HarError, MissingFileError

COORDS = {'3d': slice(0, 3), 'depth': slice(3, 5), 'color': slice(5, 7)}
NUM_JOINTS = 25
#: Joint trackingState (0 not tracked, 1 inferred, 2 tracked) -> score.
TRACKING_SCORE = np.array([0.0, 0.5, 1.0], np.float32)


@dataclass
class Body:
    """One tracked body: the frames it appears in and its joints there.

    Attributes:
        frames (list[int]): Frame indices (0-based).
        joints (list[np.ndarray]): Per frame, (J, 12) float: the 12 joint
            values of the file.
    """
    body_id: str
    frames: list = field(default_factory=list)
    joints: list = field(default_factory=list)

    def array(self):
        """(n, J, 12) joints of the frames it appears in."""
        return np.stack(self.joints)


@dataclass
class SkeletonFile:
    name: str
    num_frames: int
    bodies: dict  # body_id -> Body, in order of first appearance


class _Lines:
    """Line reader that names the file and line in its errors."""

    def __init__(self, path):
        self.path = path
        with open(path, 'rb') as f:
            self.lines = f.read().decode('latin-1').splitlines()
        self.pos = 0

    def next_values(self, count, what):
        if self.pos >= len(self.lines):
            raise HarError(f'{self.path}:{self.pos + 1}: file ends where '
                           f'{what} was expected')
        values = self.lines[self.pos].split()
        self.pos += 1
        if count is not None and len(values) != count:
            raise HarError(f'{self.path}:{self.pos}: expected {what} '
                           f'({count} values), got {len(values)} values')
        return values

    def next_int(self, what):
        values = self.next_values(1, what)
        try:
            return int(values[0])
        except ValueError:
            raise HarError(f'{self.path}:{self.pos}: expected {what} (an '
                           f'integer), got {values[0]!r}') from None

    def block(self, rows, what):
        """(rows, 12) floats from the next ``rows`` lines."""
        start = self.pos
        end = start + rows
        if end > len(self.lines):
            raise HarError(f'{self.path}:{len(self.lines) + 1}: file ends '
                           f'inside {what}')
        self.pos = end
        try:
            arr = np.array(' '.join(self.lines[start:end]).split(),
                           dtype=np.float64)
            return arr.reshape(rows, 12)
        except ValueError:
            for k in range(start, end):
                parts = self.lines[k].split()
                try:
                    [float(x) for x in parts]
                    ok = len(parts) == 12
                except ValueError:
                    ok = False
                if not ok:
                    raise HarError(f'{self.path}:{k + 1}: expected a joint '
                                   '(12 numbers: x y z depthX depthY colorX '
                                   'colorY orientation(4) trackingState), '
                                   f'got {self.lines[k]!r}') from None
            raise


def read_skeleton(path):
    """Parse one ``.skeleton`` file.

    Raises:
        MissingFileError: The file does not exist.
        HarError: It does not follow the layout (names the line and what was
            expected there).
    """
    if not osp.isfile(path):
        raise MissingFileError('NTU skeleton file', path)
    reader = _Lines(path)
    num_frames = reader.next_int('the number of frames')
    bodies = {}
    for t in range(num_frames):
        for _ in range(reader.next_int(f'the body count of frame {t + 1}')):
            body_id = reader.next_values(10, 'a body info line')[0]
            num_joints = reader.next_int('the joint count')
            if num_joints != NUM_JOINTS:
                raise HarError(f'{path}:{reader.pos}: expected '
                               f'{NUM_JOINTS} joints, got {num_joints}')
            body = bodies.setdefault(body_id, Body(body_id))
            body.frames.append(t)
            body.joints.append(reader.block(num_joints, 'the joints'))
    rest = [line for line in reader.lines[reader.pos:] if line.strip()]
    if rest:
        raise HarError(f'{path}:{reader.pos + 1}: expected the end of the '
                       f'file after {num_frames} frames, got {rest[0]!r}')
    name = osp.splitext(osp.basename(path))[0]
    return SkeletonFile(name, num_frames, bodies)


def degenerate(joints, coords):
    """Which frames of a body have unusable coordinates.

    Args:
        joints (np.ndarray): (n, J, 12), see :meth:`Body.array`.
        coords (str): A key of :data:`COORDS`.

    Returns:
        dict[str, np.ndarray]: Boolean (n,) masks ``nonfinite`` (NaN/inf
        anywhere), ``zero`` (every joint at the origin) and ``collapsed``
        (every joint at one other point).
    """
    xy = joints[:, :, COORDS[coords]]
    nonfinite = ~np.isfinite(xy).all(axis=(1, 2))
    safe = np.where(np.isfinite(xy), xy, 0.0)
    zero = (safe == 0).all(axis=(1, 2)) & ~nonfinite
    spread = safe.max(axis=1) - safe.min(axis=1)
    collapsed = (spread == 0).all(axis=1) & ~zero & ~nonfinite
    return dict(nonfinite=nonfinite, zero=zero, collapsed=collapsed)


def motion(joints):
    """Total variance over time of a body's 3D joints (a scalar)."""
    xyz = joints[:, :, 0:3]
    return float(xyz.var(axis=0).sum()) if len(xyz) > 1 else 0.0


def select_bodies(bodies, max_bodies=2, min_frames=11):
    """The (at most ``max_bodies``) actors among the tracked bodies.

    Bodies seen in fewer than ``min_frames`` frames are dropped (short false
    detections) unless that leaves none; the rest are ranked by
    :func:`motion` and the top ``max_bodies`` are kept, in order of first
    appearance.
    """
    candidates = [b for b in bodies.values() if len(b.frames) >= min_frames]
    candidates = candidates or list(bodies.values())
    ranked = sorted(candidates, key=lambda b: -motion(b.array()))
    kept = {b.body_id for b in ranked[:max_bodies]}
    return [b for b in bodies.values() if b.body_id in kept]


def to_arrays(skeleton, coords, max_bodies=2, min_frames=11):
    """Keypoints of a file's actors, with degenerate frames zeroed.

    Returns:
        tuple: ``keypoint`` (M, T, 25, C) float32 (C = 3 for ``'3d'``, else
        2), ``keypoint_score`` (M, T, 25) float32 (from joint tracking
        states; 0 where the body is absent or the frame degenerate) and
        ``stats``: counts of body-frames per degeneracy kind, for every
        coordinate system (dict[str, dict[str, int]]), over the kept
        bodies.
    """
    bodies = select_bodies(skeleton.bodies, max_bodies, min_frames)
    dim = COORDS[coords].stop - COORDS[coords].start
    m = max(len(bodies), 1)
    keypoint = np.zeros((m, skeleton.num_frames, NUM_JOINTS, dim), np.float32)
    score = np.zeros((m, skeleton.num_frames, NUM_JOINTS), np.float32)
    stats = {c: dict(frames=0, nonfinite=0, zero=0, collapsed=0)
             for c in COORDS}
    for i, body in enumerate(bodies):
        joints = body.array()
        for c in COORDS:
            masks = degenerate(joints, c)
            stats[c]['frames'] += len(joints)
            for kind, mask in masks.items():
                stats[c][kind] += int(mask.sum())
        bad = np.logical_or.reduce(list(degenerate(joints, coords).values()))
        good = np.asarray(body.frames)[~bad]
        keypoint[i, good] = joints[~bad][:, :, COORDS[coords]]
        states = joints[~bad][:, :, 11].astype(int).clip(0, 2)
        score[i, good] = TRACKING_SCORE[states]
    return keypoint, score, stats
