"""Follow the main person of a clip across frames.

One tracker serves both pose sources: the pose backends of
``tools/data/extract_pose.py`` (:class:`~.person.Person` candidates) and
people read from keypoint files such as OpenPose JSON, one ``(P, V, 3)``
array per frame (:func:`track_arrays`, used by the child importer). Its
rules (all in :class:`MainPersonTracker`):

* **Start**: in the first frame with any candidate, the main person is the
  one with the largest ``box area x mean keypoint score x centrality``,
  where centrality is ``1 - 0.5 * d`` and ``d`` is the distance of the box
  centre from the image centre divided by half the image diagonal (so a
  large person wins, and of two equally large people the central one).
  Without ``img_shape`` the centrality is 1.
* **Continuity**: in later frames a candidate continues the track if its box
  overlaps the last tracked box with IoU >= ``iou_thr`` or its centre moved
  at most ``max_jump`` last-box diagonals; of those, the highest IoU (then
  the nearest centre) wins. Candidate order does not matter.
* **Lost**: a frame where no candidate continues the track. The backend may
  first be asked to search near the last box (``search``), e.g. MediaPipe
  on a crop. What follows depends on ``reacquire``:

  - ``False`` (pose backends): the frame gets no person (keypoints and
    scores 0, which MMAction2's pose transforms treat as missing). A
    single-person detector such as BlazePose that jumped to the other
    person of a hug reports somebody else, not the main person moving.
  - ``True`` (files listing everybody, e.g. OpenPose): if the frame has any
    candidate, a new track starts at once by the start rule (counted in
    ``restarts``): the main person is not near its last box, so the track
    was lost, not a detection. Only frames without anybody are lost.
* **Re-start**: after more than ``max_lost`` consecutive lost frames the last
  box is forgotten and the next frame with a candidate starts a new track by
  the start rule (counted in ``restarts``): the person left, or tracking
  failed for good. ``max_lost=None`` never forgets.
"""
from dataclasses import dataclass

import numpy as np

from .person import Person, box_area, box_centre, box_diagonal, box_iou


@dataclass
class TrackStats:
    """Per-clip tracking counts."""
    frames: int = 0
    tracked: int = 0
    lost: int = 0
    restarts: int = 0
    recovered: int = 0

    @property
    def detection_rate(self):
        return self.tracked / self.frames if self.frames else 0.0


class MainPersonTracker:
    """Pick the main person in every frame of one clip.

    Args:
        img_shape (tuple[int, int], optional): ``(H, W)`` of the frames,
            for the start rule's centrality; None: no centrality.
        iou_thr (float): Minimum IoU with the last box to continue a track.
        max_jump (float): Maximum centre move, in last-box diagonals, to
            continue a track when the IoU is lower.
        max_lost (int, optional): Consecutive lost frames after which a new
            main person may be picked anywhere; None: never.
        reacquire (bool): Start a new track at once in a frame whose
            candidates do not continue the track, instead of losing it.
    """

    def __init__(self, img_shape=None, iou_thr=0.3, max_jump=0.5,
                 max_lost=15, reacquire=False):
        self.img_shape = None if img_shape is None else tuple(img_shape)
        self.iou_thr = iou_thr
        self.max_jump = max_jump
        self.max_lost = max_lost
        self.reacquire = reacquire
        self.box = None
        self.lost_run = 0
        self.stats = TrackStats()

    def start_score(self, person):
        """The start rule's score: area x mean score x centrality."""
        centrality = 1.0
        if self.img_shape is not None:
            h, w = self.img_shape
            dist = np.linalg.norm(box_centre(person.box) -
                                  np.array([w / 2, h / 2]))
            centrality = 1 - 0.5 * min(dist / (np.hypot(w, h) / 2), 1.0)
        return box_area(person.box) * person.mean_score * centrality

    def continuation(self, candidates):
        """The candidate that continues the track, or None."""
        if self.box is None:
            return None
        diag = max(box_diagonal(self.box), 1.0)
        best, best_key = None, None
        for person in candidates:
            iou = box_iou(self.box, person.box)
            jump = np.linalg.norm(box_centre(person.box) -
                                  box_centre(self.box)) / diag
            if iou < self.iou_thr and jump > self.max_jump:
                continue
            key = (iou, -jump)
            if best_key is None or key > best_key:
                best, best_key = person, key
        return best

    def _start(self, candidates):
        person = max(candidates, key=self.start_score, default=None)
        if person is not None and self.stats.tracked:
            self.stats.restarts += 1
        return person

    def step(self, candidates, search=None):
        """Consume one frame's candidates; return the main person or None.

        Args:
            candidates (list[Person]): The backend's people of this frame.
            search (callable, optional): ``search(box) -> list[Person]``,
                called with the last box when no candidate continues it.
        """
        self.stats.frames += 1
        if self.box is None:
            person = self._start(candidates)
        else:
            person = self.continuation(candidates)
            if person is None and search is not None:
                person = self.continuation(search(self.box))
                self.stats.recovered += person is not None
            if person is None and self.reacquire:
                person = self._start(candidates)
        if person is None:
            self.lost_run += 1
            self.stats.lost += 1
            if self.max_lost is not None and self.lost_run > self.max_lost:
                self.box = None
            return None
        self.box = person.box
        self.lost_run = 0
        self.stats.tracked += 1
        return person


def array_candidates(people, score_thr):
    """Person candidates of one frame's ``(P, V, 3)`` ``x, y, score`` array.

    A person's box spans its keypoints scored above ``score_thr``; people
    with fewer than two such keypoints are no candidates.

    Returns:
        list[tuple[int, Person]]: ``(index in people, candidate)``.
    """
    out = []
    for i, row in enumerate(people):
        good = row[:, 2] > score_thr
        if good.sum() < 2:
            continue
        xy = row[good, :2]
        box = np.concatenate([xy.min(axis=0), xy.max(axis=0)])
        out.append((i, Person(row[:, :2], row[:, 2], box)))
    return out


def track_arrays(frames, score_thr=0.1, **options):
    """Follow the main person through people read from keypoint files.

    Args:
        frames (list[np.ndarray]): Per frame, (P, V, 3) people
            ``x, y, score`` (e.g. OpenPose ``pose_keypoints_2d``).
        score_thr (float): Keypoints at or below it do not count for boxes.
        **options: :class:`MainPersonTracker` arguments.

    Returns:
        tuple: (T, V, 3) float32 main-person keypoints (0 where nobody);
        (T,) int index of the person taken in each frame (-1: nobody);
        the :class:`TrackStats`.
    """
    tracker = MainPersonTracker(**options)
    num_joints = frames[0].shape[1] if len(frames) else 0
    out = np.zeros((len(frames), num_joints, 3), np.float32)
    picked = np.full(len(frames), -1, int)
    for t, people in enumerate(frames):
        candidates = array_candidates(people, score_thr)
        person = tracker.step([p for _, p in candidates])
        if person is not None:
            picked[t] = next(i for i, p in candidates if p is person)
            out[t] = people[picked[t]]
    return out, picked, tracker.stats
