"""Long-video detection: streaming sliding windows, timelines, batch runs."""
from .buffer import FrameBuffer
from .detector import StreamingDetector, WindowScores
from .naive import naive_scores, naive_window_input
from .pose import BackendPoseFn, pose_clip
from .stream import VideoStream
from .timeline import (Segment, build_timeline, merge_segments,
                       threshold_vector, window_labels)
from .windows import Window, plan_windows

__all__ = [
    'StreamingDetector', 'WindowScores', 'VideoStream', 'FrameBuffer',
    'Window', 'plan_windows', 'naive_scores', 'naive_window_input',
    'Segment', 'window_labels', 'merge_segments', 'build_timeline',
    'threshold_vector', 'BackendPoseFn', 'pose_clip'
]
