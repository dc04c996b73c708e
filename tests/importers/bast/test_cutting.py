"""BAST: frame-exact clip cutting, checked on decoded frames."""
import os

import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.importers.bast.cutting import ClipCache, clip_path, cut_clips

BITS = 9  # frame index coded in 9 black/white bars: up to 512 frames


def coded_frame(index, size=64):
    """A frame whose 9 vertical bars spell ``index`` in binary, plus a
    moving square so neighbouring frames also differ in content."""
    img = np.zeros((size, size, 3), np.uint8)
    bar = size // (BITS + 1)
    for b in range(BITS):
        if index >> b & 1:
            img[:size // 2, b * bar:(b + 1) * bar] = 255
    x = (3 * index) % (size - 8)
    img[size // 2 + 4:size // 2 + 12, x:x + 8] = (40, 200, 90)
    return img


def decode_index(img, size=64):
    bar = size // (BITS + 1)
    return sum(1 << b for b in range(BITS)
               if img[:size // 2, b * bar:(b + 1) * bar].mean() > 128)


def write_coded(path, num_frames, fps=25):
    import cv2
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*'mp4v'), fps,
                             (64, 64))
    for i in range(num_frames):
        writer.write(coded_frame(i))
    writer.release()


def read_all(path):
    import decord
    reader = decord.VideoReader(path, num_threads=1)
    return reader.get_batch(list(range(len(reader)))).asnumpy(), \
        reader.get_avg_fps()


@pytest.mark.parametrize('ext', ['.mp4', '.MTS'])
def test_clips_hold_exactly_the_source_frames(tmp_path, ext):
    src = str(tmp_path / f'rec{ext}')
    write_coded(src, 300)
    source, _ = read_all(src)
    assert [decode_index(f) for f in source] == list(range(300))
    ranges = [(0, 250), (37, 112), (125, 300), (299, 300)]  # overlapping
    jobs = [(a, b, str(tmp_path / 'clips' / clip_path('rec', a, b)))
            for a, b in ranges]
    done = []
    cut_clips(src, jobs, 25.0, step=lambda: done.append(1))
    assert len(done) == 4
    for first, stop, path in jobs:
        frames, fps = read_all(path)
        assert fps == 25.0 and len(frames) == stop - first
        assert [decode_index(f) for f in frames] == list(range(first, stop))
        # and the pixels are the source's, up to the encoder's loss
        err = np.abs(frames.astype(int) - source[first:stop]).mean(
            axis=(1, 2, 3))
        assert err.max() < 4
    assert not [n for n in os.listdir(tmp_path / 'clips' / 'rec')
                if n.startswith('.tmp')]
    assert clip_path('rec', 37, 112) == 'rec/rec_000037-000111.mp4'


def test_ffv1_clips_are_bit_identical(tmp_path):
    import cv2
    src = str(tmp_path / 'rec.mp4')
    write_coded(src, 60)
    cap = cv2.VideoCapture(src)
    source = [cap.read()[1] for _ in range(60)]
    path = str(tmp_path / clip_path('rec', 17, 41, 'ffv1'))
    assert path.endswith('rec_000017-000040.mkv')
    cut_clips(src, [(17, 41, path)], 25.0, codec='ffv1')
    frames, _ = read_all(path)  # decord, RGB
    assert len(frames) == 24
    for k, frame in enumerate(frames):
        assert np.array_equal(frame[..., ::-1], source[17 + k])
    with pytest.raises(HarError, match="unknown codec 'h265'"):
        cut_clips(src, [(0, 2, path)], 25.0, codec='h265')


def test_source_shorter_than_a_clip(tmp_path):
    src = str(tmp_path / 'rec.mp4')
    write_coded(src, 50)
    out = tmp_path / 'clips'
    with pytest.raises(HarError, match='rec.mp4: frame 50 does not decode'):
        cut_clips(src, [(0, 20, str(out / 'a.mp4')),
                        (40, 60, str(out / 'b.mp4'))], 25.0)
    assert sorted(os.listdir(out)) == ['a.mp4']  # no half-written b.mp4


def test_cache_manifest(tmp_path):
    cache = ClipCache(str(tmp_path))
    key = cache.key(dict(source='rec.mp4', size=10, mtime_ns=1), 0, 25)
    (tmp_path / 'rec').mkdir()
    (tmp_path / 'rec' / 'a.mp4').write_bytes(b'x')
    (tmp_path / 'rec' / 'old.mp4').write_bytes(b'x')
    assert not cache.is_current('rec/a.mp4', key)
    cache.record('rec/a.mp4', key)
    cache.save()
    again = ClipCache(str(tmp_path))
    assert again.is_current('rec/a.mp4', key)
    assert not again.is_current('rec/a.mp4', dict(key, size=11))
    assert again.forget_except({'rec/a.mp4'}) == ['rec/old.mp4']
    assert os.listdir(tmp_path / 'rec') == ['a.mp4']
