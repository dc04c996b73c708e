"""Follow the main person of a clip across frames.

Rules (all in :class:`MainPersonTracker`):

* **Start**: in the first frame with any candidate, the main person is the
  one with the largest ``box area x mean keypoint score x centrality``,
  where centrality is ``1 - 0.5 * d`` and ``d`` is the distance of the box
  centre from the image centre divided by half the image diagonal (so a
  large person wins, and of two equally large people the central one).
* **Continuity**: in later frames a candidate continues the track if its box
  overlaps the last tracked box with IoU >= ``iou_thr`` or its centre moved
  at most ``max_jump`` last-box diagonals; of those, the highest IoU (then
  the nearest centre) wins. Candidate order does not matter.
* **Lost**: when no candidate continues the track (nobody detected, or only
  somebody else, e.g. a single-person detector that jumped to the other
  person of a hug) the frame gets no person: keypoints and scores 0, which
  MMAction2's pose transforms treat as missing. The backend may first be
  asked to search near the last box (``search``), e.g. MediaPipe on a crop.
* **Re-start**: after more than ``max_lost`` consecutive lost frames the last
  box is forgotten and the next frame with a candidate starts a new track by
  the start rule (counted in ``restarts``): the person left, or tracking
  failed for good.
"""
from dataclasses import dataclass

import numpy as np

from .person import box_area, box_centre, box_diagonal, box_iou


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
        img_shape (tuple[int, int]): ``(H, W)`` of the frames.
        iou_thr (float): Minimum IoU with the last box to continue a track.
        max_jump (float): Maximum centre move, in last-box diagonals, to
            continue a track when the IoU is lower.
        max_lost (int): Consecutive lost frames after which a new main
            person may be picked anywhere.
    """

    def __init__(self, img_shape, iou_thr=0.3, max_jump=0.5, max_lost=15):
        self.img_shape = tuple(img_shape)
        self.iou_thr = iou_thr
        self.max_jump = max_jump
        self.max_lost = max_lost
        self.box = None
        self.lost_run = 0
        self.stats = TrackStats()

    def start_score(self, person):
        """The start rule's score: area x mean score x centrality."""
        h, w = self.img_shape
        centre = np.array([w / 2, h / 2])
        dist = np.linalg.norm(box_centre(person.box) - centre)
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

    def step(self, candidates, search=None):
        """Consume one frame's candidates; return the main person or None.

        Args:
            candidates (list[Person]): The backend's people of this frame.
            search (callable, optional): ``search(box) -> list[Person]``,
                called with the last box when no candidate continues it.
        """
        self.stats.frames += 1
        if self.box is None:
            person = max(candidates, key=self.start_score, default=None)
            if person is not None and self.stats.tracked:
                self.stats.restarts += 1
        else:
            person = self.continuation(candidates)
            if person is None and search is not None:
                person = self.continuation(search(self.box))
                self.stats.recovered += person is not None
        if person is None:
            self.lost_run += 1
            self.stats.lost += 1
            if self.lost_run > self.max_lost:
                self.box = None
            return None
        self.box = person.box
        self.lost_run = 0
        self.stats.tracked += 1
        return person
