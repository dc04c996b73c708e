"""BAST: clip windows (10 s / 5 s, tail dropped, cap, fall kept whole)."""
import pytest

from mmaction_har.errors import HarError
from mmaction_har.importers.bast.windows import (WindowSpec, clip_windows,
                                                 segment_frames)


def test_default_windows_at_25_fps():
    spec = WindowSpec()
    # 23 s from frame 100: windows at 0, 5, 10 s; the 13 s tail... dropped
    assert clip_windows(100, 100 + 575, 25, spec) == [
        (100, 350), (225, 475), (350, 600)]
    assert clip_windows(0, 250, 25, spec) == [(0, 250)]
    assert clip_windows(0, 249, 25, spec) == []


def test_short_segments_whole_and_caps():
    assert clip_windows(0, 200, 25, WindowSpec(keep_short=True)) == [(0, 200)]
    # fall: one clip of the whole segment, shorter or longer than a window
    assert clip_windows(10, 60, 25, WindowSpec(), whole=True) == [(10, 60)]
    assert clip_windows(10, 900, 25, WindowSpec(), whole=True) == [(10, 900)]
    many = clip_windows(0, 25 * 300, 25, WindowSpec())
    assert len(many) == 20 and many[-1] == (19 * 125, 19 * 125 + 250)
    assert len(clip_windows(0, 25 * 300, 25, WindowSpec(max_clips=None))) \
        == 59
    assert clip_windows(0, 700, 25, WindowSpec(stride=None)) == [
        (0, 250), (250, 500)]
    assert clip_windows(0, 300, 30, WindowSpec(6, 3)) == [
        (0, 180), (90, 270)]
    assert clip_windows(5, 5, 25, WindowSpec(), whole=True) == []


def test_segment_frames_rounding_and_clipping():
    assert segment_frames(1.0, 12.52, 25, 1000) == (25, 313, None)
    first, stop, note = segment_frames(-0.4, 41.0, 25, 1000)
    assert (first, stop) == (0, 1000)
    assert 'frames -10-1024' in note and '0-999' in note
    assert segment_frames(50, 60, 25, 1000)[:2] == (1250, 1000)


@pytest.mark.parametrize('kwargs', [dict(window=0), dict(stride=-1),
                                    dict(max_clips=0)])
def test_bad_specs(kwargs):
    with pytest.raises(HarError):
        WindowSpec(**kwargs)
