"""Window planning in frames."""
import pytest

from mmaction_har.detection.windows import plan_windows, to_frames
from mmaction_har.errors import HarError


def test_regular_windows_and_end_cover():
    windows = plan_windows(100, 40, 25)
    assert [(w.start, w.end) for w in windows] == [
        (0, 40), (25, 65), (50, 90), (60, 100)]
    assert [w.index for w in windows] == [0, 1, 2, 3]
    windows = plan_windows(100, 40, 25, cover_end=False)
    assert windows[-1].end == 90


def test_short_video_and_bad_values():
    assert [(w.start, w.length) for w in plan_windows(10, 40, 5)] == [(0, 10)]
    assert plan_windows(0, 40, 5) == []
    assert to_frames(10, 29.97, 'window') == 300
    with pytest.raises(HarError, match='stride must be a positive'):
        to_frames(0, 25, 'stride')
