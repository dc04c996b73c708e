"""Video reading and atomic, verified writing for background stripping.

Frames are read with decord (as MMAction2's ``DecordDecode`` reads them, so
masks index the same frames) and written with the project's writer
(:mod:`mmaction_har.utils.video`: ``h264``, or lossless ``ffv1``). A
written video is decoded back before it replaces the output: it must have
exactly the source frame count and frame rate.
"""
import contextlib
import os.path as osp
from dataclasses import dataclass

from ..errors import HarError
from ..utils.io import atomic_path
from ..utils.video import VideoWriter

#: Largest accepted difference between source and output frame rate.
FPS_TOLERANCE = 1e-3


@dataclass
class VideoInfo:
    """Frame count, rate and size of a video (as decord reads it)."""
    num_frames: int
    fps: float
    height: int
    width: int


def open_video(path):
    """Open ``path`` with decord; return ``(reader, VideoInfo)``.

    Raises:
        HarError: the file is missing, cannot be opened or has no frames.
    """
    import decord
    if not osp.isfile(path):
        raise HarError(f'video not found: {path}')
    try:
        reader = decord.VideoReader(path, num_threads=1)
    except Exception as err:  # decord raises its own DECORDError
        raise HarError(f'cannot open video {path}: {err}') from err
    if len(reader) == 0:
        raise HarError(f'video {path} has no frames')
    height, width = reader[0].shape[:2]
    reader.seek(0)
    return reader, VideoInfo(len(reader), float(reader.get_avg_fps()),
                             int(height), int(width))


def iter_chunks(reader, chunk=32):
    """Yield ``(start, frames)`` with RGB uint8 frames (N, H, W, 3)."""
    for start in range(0, len(reader), chunk):
        inds = list(range(start, min(start + chunk, len(reader))))
        yield start, reader.get_batch(inds).asnumpy()


def read_frames(reader, inds):
    """RGB uint8 frames (N, H, W, 3) at ``inds``."""
    return reader.get_batch(list(inds)).asnumpy()


def probe(path):
    """``VideoInfo`` of ``path`` after decoding its last frame (catches cut
    files whose header promises more frames than they hold)."""
    reader, info = open_video(path)
    try:
        reader[info.num_frames - 1].asnumpy()
    except Exception as err:
        raise HarError(f'{path}: cannot decode frame {info.num_frames - 1} '
                       f'of {info.num_frames}: {err}') from err
    finally:
        del reader
    return info


def check_same_timing(path, expected):
    """Raise HarError unless ``path`` decodes to ``expected``'s frame count,
    frame rate and size."""
    got = probe(path)
    if (got.num_frames != expected.num_frames
            or abs(got.fps - expected.fps) > FPS_TOLERANCE
            or (got.height, got.width) != (expected.height, expected.width)):
        raise HarError(
            f'{path}: written video decodes to {got.num_frames} frames at '
            f'{got.fps:g} fps, {got.width}x{got.height}; expected '
            f'{expected.num_frames} frames at {expected.fps:g} fps, '
            f'{expected.width}x{expected.height}')


@contextlib.contextmanager
def atomic_video_writer(path, info, codec='h264'):
    """Yield ``write(frames)`` for RGB uint8 batches; on success, check the
    file against ``info`` and move it to ``path``.

    Raises:
        HarError: The codec cannot be written, or the result's frame count
            or fps differs from ``info``. ``path`` is then left untouched.
    """
    with atomic_path(path) as tmp:
        with VideoWriter(tmp, info.fps, codec) as writer:
            yield writer.write
        check_same_timing(tmp, info)
