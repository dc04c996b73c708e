"""Where the sliding windows of a long video lie, in frames and seconds."""
from dataclasses import dataclass

from ..errors import HarError


@dataclass(frozen=True)
class Window:
    """One window: frames ``[start, start + length)`` of the video."""
    index: int
    start: int
    length: int

    @property
    def end(self):
        return self.start + self.length


def to_frames(seconds, fps, what):
    """A duration in seconds as a whole number of frames (at least one)."""
    if seconds is None or seconds <= 0:
        raise HarError(f'{what} must be a positive number of seconds, got '
                       f'{seconds}')
    return max(1, int(round(seconds * fps)))


def plan_windows(num_frames, length, stride, cover_end=True):
    """Windows of ``length`` frames every ``stride`` frames.

    Args:
        num_frames (int): Frames in the video.
        length (int): Window length in frames.
        stride (int): Frames between window starts.
        cover_end (bool): Add a last window ending at the last frame when
            the regular ones stop earlier, so every frame is in a window.

    Returns:
        list[Window]: In order of start. A video shorter than one window
        gets a single window over all its frames.
    """
    if length < 1 or stride < 1:
        raise HarError(f'window length and stride must be >= 1 frame, got '
                       f'{length} and {stride}')
    if num_frames < 1:
        return []
    if num_frames <= length:
        return [Window(0, 0, num_frames)]
    starts = list(range(0, num_frames - length + 1, stride))
    if cover_end and starts[-1] + length < num_frames:
        starts.append(num_frames - length)
    return [Window(i, s, length) for i, s in enumerate(starts)]
