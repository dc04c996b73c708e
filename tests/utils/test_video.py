"""The project's video writer: H.264 that browsers play, lossless FFV1."""
import os

import av
import decord
import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.utils.video import (VideoWriter, codec_extension,
                                      even_crop, write_video)


def moving_frames(num=20, height=48, width=64):
    """A smooth gradient moving right: easy for a lossy codec."""
    x = np.arange(width)[None, :] + np.arange(height)[:, None]
    return np.stack([np.stack([(x + 3 * t) % 256, (2 * x) % 256,
                               np.full_like(x, 40 * (t % 5))], -1)
                     for t in range(num)]).astype(np.uint8)


def stream_of(path):
    with av.open(path) as container:
        stream = container.streams.video[0]
        return (stream.codec_context.name, stream.codec_context.pix_fmt,
                stream.codec_context.profile)


def psnr(a, b):
    mse = ((a.astype(float) - b.astype(float)) ** 2).mean()
    return 10 * np.log10(255 ** 2 / max(mse, 1e-9))


def test_h264_is_browser_playable(tmp_path):
    frames = moving_frames()
    path = write_video(str(tmp_path / 'a.mp4'), frames, 25)
    assert stream_of(path)[:2] == ('h264', 'yuv420p')
    # faststart: the index (moov) precedes the media data (mdat)
    data = open(path, 'rb').read()
    assert data.index(b'moov') < data.index(b'mdat')
    reader = decord.VideoReader(path)
    assert len(reader) == 20 and reader.get_avg_fps() == 25
    decoded = reader.get_batch(list(range(20))).asnumpy()
    assert decoded.shape == frames.shape
    assert psnr(decoded, frames) > 35


def test_ffv1_is_lossless(tmp_path):
    frames = np.random.RandomState(0).randint(0, 256, (7, 33, 45, 3),
                                              np.uint8)
    path = write_video(str(tmp_path / 'a.mkv'), frames, 29.97002997)
    assert stream_of(path)[:2] == ('ffv1', 'bgr0')
    reader = decord.VideoReader(path)
    assert abs(reader.get_avg_fps() - 30000 / 1001) < 1e-6
    np.testing.assert_array_equal(reader.get_batch(list(range(7))).asnumpy(),
                                  frames)


def test_odd_sizes(tmp_path):
    """4:2:0 cannot hold odd sizes: 4:4:4 keeps them (or crop for a
    browser)."""
    frames = moving_frames(height=47, width=63)
    path = write_video(str(tmp_path / 'odd.mp4'), frames, 10)
    assert stream_of(path)[1] == 'yuv444p'
    assert decord.VideoReader(path)[0].shape == (47, 63, 3)
    assert even_crop(frames).shape == (20, 46, 62, 3)


def test_mpeg4_is_kths_codec_and_needs_even_sides(tmp_path):
    frames = moving_frames()
    path = str(tmp_path / 'k.mp4')
    with VideoWriter(path, 25, 'mpeg4') as writer:
        writer.write(frames)
    assert stream_of(path)[:2] == ('mpeg4', 'yuv420p')
    read = decord.VideoReader(path).get_batch(list(range(len(frames))))
    # lossy, quantiser at its minimum: close to the written frames
    assert np.abs(read.asnumpy().astype(int) - frames).mean() < 3
    with pytest.raises(HarError, match='mpeg4 needs even frame sides'):
        write_video(str(tmp_path / 'odd.mp4'), moving_frames(height=47), 25,
                    codec='mpeg4')
    assert not os.path.exists(tmp_path / 'odd.mp4')


def test_writer_streams_batches_and_single_frames(tmp_path):
    frames = moving_frames(num=6)
    path = str(tmp_path / 'b.mkv')
    with VideoWriter(path, 12.5, 'ffv1') as writer:
        writer.write(frames[:4])
        writer.write(frames[4])
        writer.write(frames[5])
    assert writer.frames == 6
    reader = decord.VideoReader(path)
    assert reader.get_avg_fps() == 12.5
    np.testing.assert_array_equal(reader.get_batch(list(range(6))).asnumpy(),
                                  frames)


def test_errors_leave_no_file(tmp_path):
    frames = moving_frames(num=3)
    with pytest.raises(HarError, match="unknown codec 'mp4v'"):
        VideoWriter(str(tmp_path / 'a.mp4'), 25, 'mp4v')
    with pytest.raises(HarError, match='expected a video file ending in'):
        write_video(str(tmp_path / 'a.avi'), frames, 25)
    with pytest.raises(HarError, match='frame rate must be positive'):
        write_video(str(tmp_path / 'a.mp4'), frames, 0)
    with pytest.raises(HarError, match='no frames'):
        write_video(str(tmp_path / 'a.mp4'), frames[:0], 25)
    with pytest.raises(HarError, match=r'expected RGB frames \(N, H, W, 3\)'):
        write_video(str(tmp_path / 'a.mp4'), frames[..., 0], 25)
    with pytest.raises(HarError, match='differs from the first frame'):
        with VideoWriter(str(tmp_path / 'c.mp4'), 25) as writer:
            writer.write(frames)
            writer.write(frames[:, :20])
    assert sorted(os.listdir(tmp_path)) == ['c.mp4']  # a plain writer's file
    assert codec_extension('h264') == '.mp4'
