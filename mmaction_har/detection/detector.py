"""Streaming sliding-window detector: decode once, score windows in batches.

For each video the windows are planned from its length and frame rate
(:mod:`.windows`); the config's sampler says which frame offsets a window
reads, so only those frames are decoded (sequentially, once, by
:class:`~.stream.VideoStream`), passed through the frame-wise transforms
(RGB models) or a pose extractor (skeleton models) and kept in a
:class:`~.buffer.FrameBuffer` until no pending window needs them. A window
is turned into a model input by the non-decoding tail of the test pipeline
as soon as its last frame arrives; inputs are scored ``batch_size`` at a
time. Decoding and preparing frames runs in a background thread
(:mod:`.prefetch`, at most ``prefetch`` frames ahead) while the model scores
the windows already complete.
"""
import heapq
import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from ..apis.inference import predict_batch
from ..errors import HarError
from .buffer import FrameBuffer
from .pose import pose_clip
from .prefetch import in_background
from .stream import VideoStream
from .windows import plan_windows, to_frames


@dataclass
class WindowScores:
    """Scores of every window of one video.

    Attributes:
        windows (list[Window]): The windows, in order.
        scores (ndarray): (num_windows, num_classes) scores.
        fps (float): Frame rate used to turn frames into seconds.
        num_frames (int): Frames in the video.
        class_names (list[str]): Column names of ``scores``.
        stats (dict): ``frames_decoded`` (each once, up to the last frame a
            window reads), ``frames_used`` (those some window samples: the
            only ones converted, transformed or posed), ``peak_frames_held``,
            ``model_calls`` and ``model_s`` (seconds spent in the model
            calls).
    """
    windows: list
    scores: np.ndarray
    fps: float
    num_frames: int
    class_names: list
    stats: dict = field(default_factory=dict)

    @property
    def duration(self):
        return self.num_frames / self.fps

    def seconds(self, window):
        """(start, end) of a window in seconds."""
        return window.start / self.fps, window.end / self.fps


def _shifted(offsets, start):
    for offset in offsets:
        yield start + int(offset)


def _needed_frames(windows, offsets):
    """Sorted distinct frame indices that some window reads (lazy)."""
    merged = heapq.merge(*[_shifted(offsets[w.length], w.start)
                           for w in windows])
    last = -1
    for index in merged:
        if index != last:
            yield index
            last = index


class StreamingDetector:
    """Score sliding windows of long videos with one recognizer.

    Args:
        model: A recognizer from :func:`~mmaction_har.apis.load_recognizer`.
        window (float): Window length in seconds.
        stride (float): Seconds between window starts.
        batch_size (int): Windows per model call.
        pose_fn (callable, optional): For skeleton (``PoseDecode``) models:
            maps an (H, W, 3) uint8 RGB frame to a dict with ``keypoints``
            (M, V, 2) and ``keypoint_scores`` (M, V), M persons; if it has
            ``start_video(img_shape)`` it is called before each video
            (e.g. :class:`~.pose.BackendPoseFn`).
        cover_end (bool): Add a window ending at the last frame.
        prefetch (int): Frames decoded and prepared ahead, in a background
            thread, while the model runs (0: decode in the calling thread).
    """

    def __init__(self, model, window=10.0, stride=5.0, batch_size=8,
                 pose_fn=None, cover_end=True, prefetch=32):
        self.model = model
        self.pipeline = model.pipeline
        self.window, self.stride = window, stride
        if batch_size < 1:
            raise HarError(f'batch size must be >= 1, got {batch_size}')
        self.batch_size = batch_size
        self.cover_end = cover_end
        if self.pipeline.modality == 'Pose' and pose_fn is None:
            raise HarError('the model reads poses: give a pose extractor '
                           '(pose_fn / --pose-backend) to run it on videos')
        if self.pipeline.modality == 'RGB' and self.pipeline.pre:
            raise HarError('the test pipeline has steps between the video '
                           'opener and the sampler that the streaming '
                           'detector cannot run on decoded frames: '
                           f'{[type(t).__name__ for t in self.pipeline.pre]}')
        self.pose_fn = pose_fn
        self.prefetch = prefetch

    def plan(self, num_frames, fps):
        length = to_frames(self.window, fps, 'window')
        stride = to_frames(self.stride, fps, 'stride')
        return plan_windows(num_frames, length, stride, self.cover_end)

    def _prepare(self, frame):
        if self.pipeline.modality == 'Pose':
            return self.pose_fn(frame), None
        return self.pipeline.prepare_frame(frame)

    def _window_input(self, window, buffer, meta, shape):
        sample = self.pipeline.sample(window.length)
        if self.pipeline.modality == 'Pose':
            offsets = np.unique(sample['frame_inds'])
            poses = {int(o): buffer.get(window.start + int(o))
                     for o in offsets}
            return self.pipeline.clip_from_pose(
                pose_clip(poses, window.length, shape))
        frames = [buffer.get(window.start + int(o))
                  for o in sample['frame_inds']]
        return self.pipeline.clip_from_prepared(frames, meta, sample,
                                                start=window.start)

    def run(self, path, progress=False, on_batch=None):
        """Score every window of one video.

        Args:
            path (str): Video file.
            progress (bool): Show a tqdm bar over decoded frames.
            on_batch (callable, optional): Called with the stats dict after
                each model call (the benchmark samples memory there).

        Returns:
            WindowScores
        """
        stream = VideoStream(path)
        windows = self.plan(stream.num_frames, stream.fps)
        offsets = {w.length: self.pipeline.needed_offsets(w.length)
                   for w in windows}
        buffer = FrameBuffer()
        pending = deque(windows)
        batch, scores, meta = [], [], {}
        stats = dict(frames_decoded=0, frames_used=0, peak_frames_held=0,
                     model_calls=0, model_s=0.0)
        shape = (stream.height, stream.width)
        if self.pose_fn is not None and hasattr(self.pose_fn, 'start_video'):
            self.pose_fn.start_video(shape)

        def last(window):  # the last frame a window reads
            return window.start + int(offsets[window.length][-1])

        last_needed = max(map(last, windows), default=-1)
        bar = None
        if progress:
            from ..utils.progress import progress_bar
            bar = progress_bar(total=last_needed + 1, unit='frame',
                               leave=False, desc=path[-40:])

        def flush():
            if batch:
                start = time.perf_counter()
                scores.append(predict_batch(self.model, batch))
                stats['model_s'] += time.perf_counter() - start
                batch.clear()
                stats['model_calls'] += 1
                if on_batch is not None:
                    on_batch(stats)

        def prepared_frames():
            for index, frame in stream.read(_needed_frames(windows,
                                                           offsets)):
                yield (index, frame.shape[:2]) + self._prepare(frame)

        frames = prepared_frames()
        if self.prefetch:
            frames = in_background(frames, self.prefetch)
        position = 0
        for index, shape, prepared, frame_meta in frames:
            if frame_meta is not None:
                meta = frame_meta
            buffer.put(index, prepared)
            stats['frames_used'] += 1
            stats['frames_decoded'] = index + 1
            if bar is not None:
                bar.update(index + 1 - position)
            position = index + 1
            while pending and last(pending[0]) <= index:
                window = pending.popleft()
                batch.append(self._window_input(window, buffer, meta, shape))
                if pending:
                    buffer.drop_before(pending[0].start + int(
                        offsets[pending[0].length][0]))
                else:
                    buffer.drop_before(index + 1)
                if len(batch) == self.batch_size:
                    flush()
            stats['peak_frames_held'] = buffer.peak
        flush()
        if bar is not None:
            bar.close()
        if pending:
            raise HarError(f'{path}: decoding stopped before frame '
                           f'{last(pending[0])} ({stream.num_frames} frames '
                           'announced); the file may be truncated')
        scores = (np.concatenate(scores) if scores else
                  np.zeros((0, len(self.model.class_names)), np.float32))
        return WindowScores(windows, scores, stream.fps, stream.num_frames,
                            list(self.model.class_names), stats)
