"""Mask files (round trip, size, errors) and the fills."""
import numpy as np
import pytest

from mmaction_har.background import (MaskVolume, apply_fill, load_masks,
                                     parse_fill, save_masks, upsample_masks)
from mmaction_har.background.storage import mask_shape
from mmaction_har.errors import HarError, MissingFileError


def test_round_trip_and_compactness(tmp_path):
    rng = np.random.default_rng(0)
    masks = np.zeros((30, 60, 80), bool)
    masks[:, 10:50, 20:40] = True
    masks[3] = rng.uniform(size=(60, 80)) > 0.5
    volume = MaskVolume(masks, (120, 160), 25.0, dict(method='seg'))
    path = tmp_path / 'v.npz'
    save_masks(str(path), volume)
    back = load_masks(str(path))
    assert np.array_equal(back.masks, masks)
    assert back.frame_shape == (120, 160) and back.fps == 25.0
    assert back.meta == dict(method='seg')
    assert path.stat().st_size < masks.size / 8 + 2000  # <= 1 bit / pixel
    full = back.full_res([0, 3])
    assert full.shape == (2, 120, 160) and full[0, 20:100, 40:80].all()


def test_mask_shape_and_upsample():
    assert mask_shape(1080, 1920, 256) == (144, 256)
    assert mask_shape(120, 160, 256) == (120, 160)  # never enlarged
    small = np.zeros((1, 4, 4), bool)
    small[0, 1:3, 1:3] = True
    up = upsample_masks(small, (8, 8))
    assert up.shape == (1, 8, 8) and up[0, 3:5, 3:5].all() and not up[0, 0, 0]


def test_load_errors(tmp_path):
    with pytest.raises(MissingFileError, match='mask file not found'):
        load_masks(str(tmp_path / 'nope.npz'))
    bad = tmp_path / 'bad.npz'
    np.savez(bad, bits=np.zeros(3, np.uint8))
    with pytest.raises(HarError, match=r"missing key\(s\) \['shape'"):
        load_masks(str(bad))


def test_parse_fill():
    assert parse_fill('black').colour == (0, 0, 0)
    assert parse_fill('10,20,30').colour == (10, 20, 30)
    assert parse_fill('noise', seed=3).seed == 3
    for bad in ('pink', '1,2', '0,0,256'):
        with pytest.raises(HarError, match='fill must be one of'):
            parse_fill(bad)


def test_fills_keep_person_and_replace_background():
    rng = np.random.default_rng(1)
    frames = rng.integers(0, 256, (3, 24, 32, 3), dtype=np.uint8)
    masks = np.zeros((3, 24, 32), bool)
    masks[:, 5:15, 5:20] = True
    for fill in ('black', '7,8,9', 'blur', 'noise'):
        out = np.stack(apply_fill(frames, masks, fill, key='v'))
        assert np.array_equal(out[masks], frames[masks])
        assert not np.array_equal(out[~masks], frames[~masks])
    black = np.stack(apply_fill(frames, masks, 'black'))
    assert not black[~masks].any()
    colour = np.stack(apply_fill(frames, masks, '7,8,9'))
    assert (colour[~masks] == [7, 8, 9]).all()
    # Noise: same (seed, video, frame) -> same pixels; else different.
    a = apply_fill(frames[:1], masks[:1], 'noise', key='v', inds=[5])[0]
    b = apply_fill(frames[:1], masks[:1], 'noise', key='v', inds=[5])[0]
    c = apply_fill(frames[:1], masks[:1], 'noise', key='v', inds=[6])[0]
    d = apply_fill(frames[:1], masks[:1], 'noise', key='w', inds=[5])[0]
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c) and not np.array_equal(a, d)
    with pytest.raises(HarError, match='does not match a frame'):
        apply_fill(frames, masks[:, :10], 'black')
