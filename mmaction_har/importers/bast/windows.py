"""Cut labelled segments into fixed-length clip windows, in frames.

The thesis' rule: windows of ``window`` seconds every ``stride`` seconds
inside each annotated segment, from its start; a tail shorter than a window
is dropped; at most ``max_clips`` windows a segment; segments of the
"whole" classes (``fall``) are one clip each, whatever their length.
Segments shorter than one window therefore give no clip, unless
``keep_short`` keeps them as one (shorter) clip.

Times become frames on the recording's constant frame rate: frame ``i``
covers ``[i / fps, (i + 1) / fps)``, so a segment ``[start, end)`` holds
frames ``round(start * fps)`` to ``round(end * fps) - 1``.
"""
from dataclasses import dataclass

from ...errors import HarError


@dataclass(frozen=True)
class WindowSpec:
    """Clip windowing parameters (seconds).

    Attributes:
        window (float): Window length (> 0).
        stride (float | None): Step between window starts; None: the window
            length (no overlap).
        max_clips (int | None): Cap of windows per segment (the first ones).
        keep_short (bool): Keep a segment shorter than a window as one clip.
    """
    window: float = 10.0
    stride: float = 5.0
    max_clips: int = 20
    keep_short: bool = False

    def __post_init__(self):
        if not self.window > 0:
            raise HarError(f'window must be > 0 s, got {self.window}')
        if self.stride is not None and not self.stride > 0:
            raise HarError(f'stride must be > 0 s, got {self.stride}')
        if self.max_clips is not None and self.max_clips < 1:
            raise HarError(f'max clips per segment must be >= 1, got '
                           f'{self.max_clips}')


def segment_frames(start, end, fps, num_frames):
    """Frame range ``(first, stop)`` (stop exclusive) of a time range.

    Returns ``(first, stop, note)``: the range cut to the video, and a note
    when it had to be cut (None otherwise). ``first >= stop`` means nothing
    of the segment lies inside the video.
    """
    first, stop = int(round(start * fps)), int(round(end * fps))
    note = None
    if stop > num_frames or first < 0:
        note = (f'{start:.3f}-{end:.3f} s is frames {first}-{stop - 1}, '
                f'the video has frames 0-{num_frames - 1}')
    return max(first, 0), min(stop, num_frames), note


def clip_windows(first, stop, fps, spec, whole=False):
    """Windows ``[(f0, f1), ...]`` (f1 exclusive) inside frames first..stop.

    Args:
        first (int): First frame of the segment.
        stop (int): One past its last frame.
        fps (float): Frame rate of the recording.
        spec (WindowSpec): Window parameters.
        whole (bool): Keep the segment as one clip.
    """
    length = stop - first
    if length <= 0:
        return []
    if whole:
        return [(first, stop)]
    win = max(1, int(round(spec.window * fps)))
    step = win if spec.stride is None else max(
        1, int(round(spec.stride * fps)))
    if length < win:
        return [(first, stop)] if spec.keep_short else []
    count = 1 + (length - win) // step
    if spec.max_clips is not None:
        count = min(count, spec.max_clips)
    return [(first + k * step, first + k * step + win) for k in range(count)]
