"""The one video writer of the project, on PyAV.

Every tool that writes video goes through :class:`VideoWriter` (Grad-CAM,
the annotated long-video detector output, background stripping, BAST clip
cutting, the demo corpus). Three codecs (:data:`CODECS`):

* ``h264`` (default, ``.mp4``): H.264 from libx264, which ships inside
  PyAV's wheel, with the index at the front of the file (``+faststart``):
  browsers play it, so the HTML report can embed it. Even frame sizes are
  encoded ``yuv420p`` (the profile browsers decode); odd sizes, which
  4:2:0 cannot hold, ``yuv444p`` (ffmpeg and decord read it, browsers may
  not: writers meant for a browser crop to even sides, :func:`even_crop`).
  Lossy: a decoded frame is close to, not equal to, the written one.
* ``ffv1`` (``.mkv``): lossless FFV1 in RGB (``bgr0``): decoded frames are
  bit-identical to the written ones, where exactness matters (stored masks
  applied later, clips compared frame by frame).
* ``mpeg4`` (``.mp4``): MPEG-4 Part 2 (ffmpeg's own encoder, quantiser at
  its minimum), the codec of KTH's DivX files. For training inputs decoded
  every epoch: on the demo corpus' 112 px clips decord reads 8 frames in
  about 4.6 ms against 7.5-8.5 ms for H.264 (docs/benchmarks.md); browsers
  do not play it. Needs even frame sides.

The file appears only when complete (:func:`~.io.atomic_path`).
"""
import os.path as osp
from fractions import Fraction

import numpy as np

from ..errors import HarError
from .io import atomic_path

#: codec name -> (PyAV encoder, file extension).
CODECS = {'h264': ('libx264', '.mp4'), 'ffv1': ('ffv1', '.mkv'),
          'mpeg4': ('mpeg4', '.mp4')}
#: libx264 quality (constant rate factor; 18 is visually lossless), with
#: the 'veryfast' preset (twice medium's speed on small frames).
H264_CRF = 18
#: MPEG-4 Part 2 bit rate: high enough that the quantiser stays at its
#: minimum (2) on small frames.
MPEG4_BIT_RATE = 20_000_000


def check_codec(codec):
    """Raise :class:`HarError` unless ``codec`` is one of :data:`CODECS`."""
    if codec not in CODECS:
        raise HarError(f'unknown codec {codec!r}; expected one of '
                       f'{sorted(CODECS)}')


def codec_extension(codec):
    """``.mp4`` or ``.mkv``."""
    check_codec(codec)
    return CODECS[codec][1]


def even_crop(frames):
    """Frames (T, H, W, 3) cropped to even H and W (browser-playable)."""
    h, w = frames.shape[1:3]
    return frames[:, :h - h % 2, :w - w % 2]


def _rate(fps):
    """The frame rate as a fraction (29.97... -> 30000/1001)."""
    if not fps or fps <= 0:
        raise HarError(f'frame rate must be positive, got {fps!r}')
    return Fraction(float(fps)).limit_denominator(1001)


class VideoWriter:
    """Encode RGB frames into ``path`` (opened on the first frame).

    Args:
        path (str): Output file; its extension picks the container.
        fps (float): Frame rate.
        codec (str): ``h264``, ``ffv1`` or ``mpeg4``, see :data:`CODECS`.

    Use as a context manager, or call :meth:`close`. Frames must all have
    the size of the first.
    """

    def __init__(self, path, fps, codec='h264'):
        check_codec(codec)
        self.path, self.codec, self.rate = path, codec, _rate(fps)
        self._container = self._stream = None
        self._size = None
        self.frames = 0

    def _open(self, height, width):
        import av
        encoder = CODECS[self.codec][0]
        options = {'movflags': '+faststart'} if self.codec == 'h264' else {}
        try:
            self._container = av.open(self.path, 'w', options=options)
            stream = self._container.add_stream(encoder, rate=self.rate)
        except (av.error.FFmpegError, ValueError) as err:
            raise HarError(f'cannot write video {self.path} with {encoder}: '
                           f'{err}') from err
        stream.width, stream.height = width, height
        if self.codec == 'ffv1':
            stream.pix_fmt = 'bgr0'
        elif self.codec == 'mpeg4':
            if height % 2 or width % 2:
                self._container.close()
                self._container = None
                raise HarError(f'{self.path}: mpeg4 needs even frame sides, '
                               f'got {height}x{width} (crop with even_crop)')
            stream.pix_fmt = 'yuv420p'
            stream.bit_rate = MPEG4_BIT_RATE
        else:
            even = height % 2 == 0 and width % 2 == 0
            stream.pix_fmt = 'yuv420p' if even else 'yuv444p'
            stream.options = {'crf': str(H264_CRF), 'preset': 'veryfast'}
        self._stream, self._size = stream, (height, width)

    def write(self, frames):
        """Append RGB uint8 frames: one (H, W, 3) or a batch (N, H, W, 3)."""
        import av
        frames = np.asarray(frames)
        if frames.ndim == 3:
            frames = frames[None]
        if frames.ndim != 4 or frames.shape[3] != 3:
            raise HarError(f'{self.path}: expected RGB frames (N, H, W, 3), '
                           f'got shape {frames.shape}')
        if self._stream is None:
            self._open(*frames.shape[1:3])
        if frames.shape[1:3] != self._size:
            raise HarError(f'{self.path}: frame size {frames.shape[1:3]} '
                           f'differs from the first frame\'s {self._size}')
        for frame in frames:
            image = av.VideoFrame.from_ndarray(
                np.ascontiguousarray(frame, dtype=np.uint8), format='rgb24')
            image.pts = self.frames
            self._container.mux(self._stream.encode(image))
            self.frames += 1

    def close(self):
        """Flush the encoder and finish the file."""
        if self._container is None:
            return
        try:
            self._container.mux(self._stream.encode(None))
        finally:
            self._container.close()
            self._container = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write_video(path, frames, fps, codec=None):
    """Write RGB uint8 frames (T, H, W, 3) to ``path`` atomically.

    Args:
        path (str): ``.mp4`` (H.264) or ``.mkv`` (FFV1).
        frames (np.ndarray): (T, H, W, 3) uint8 RGB.
        fps (float): Frame rate.
        codec (str, optional): Default: from the extension.
    """
    if codec is None:
        codec = codec_for(path)
    if not len(frames):
        raise HarError(f'{path}: no frames to write')
    with atomic_path(path) as tmp, VideoWriter(tmp, fps, codec) as writer:
        writer.write(frames)
    return path


def codec_for(path):
    """The codec whose extension ``path`` has (``.mp4``: ``h264``)."""
    ext = osp.splitext(path)[1].lower()
    for codec, (_, codec_ext) in CODECS.items():
        if ext == codec_ext:
            return codec
    raise HarError(f'{path}: expected a video file ending in one of '
                   f'{sorted({e for _, e in CODECS.values()})}')


__all__ = ['CODECS', 'VideoWriter', 'check_codec', 'codec_extension',
           'codec_for', 'even_crop', 'write_video']
