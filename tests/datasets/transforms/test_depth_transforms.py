"""Depth loading and depth motion maps, synthetic and on real UTD-MHAD."""
import os.path as osp

import numpy as np
import pytest
from mmaction.registry import TRANSFORMS
from scipy.io import savemat

import mmaction_har  # noqa: F401
import mmaction_har.datasets.transforms  # noqa: F401
from mmaction_har.datasets.transforms import depth_motion_maps


def _moving_square(num_frames=6, height=40, width=50):
    """A 10x10 square at 2000-2090 mm (10 levels, one per column) moving
    right 2 px per frame."""
    depth = np.zeros((num_frames, height, width), np.float32)
    for t in range(num_frames):
        depth[t, 10:20, 5 + 2 * t:15 + 2 * t] = 2000. + 10 * np.arange(10)
    return depth


def test_depth_motion_maps_shapes_and_motion():
    front, side, top = depth_motion_maps(_moving_square(), depth_bins=16)
    assert front.shape == (40, 50)
    assert side.shape == (40, 10) and top.shape == (10, 50)  # 10 levels
    # motion happens only where the square enters/leaves: its rows
    assert front[10:20].sum() > 0 and front[:10].sum() == 0
    assert front[20:].sum() == 0
    # the square does not move in depth or height: no side motion
    assert side.sum() == 0 and top.sum() > 0
    # more depth levels than bins: equal-width bins
    _, side, top = depth_motion_maps(_moving_square(), depth_bins=4)
    assert side.shape == (40, 4) and top.shape == (4, 50)


def test_static_and_empty_depth_give_zero_maps():
    static = np.repeat(_moving_square()[:1], 4, axis=0)
    assert all(m.sum() == 0 for m in depth_motion_maps(static))
    empty = np.zeros((3, 8, 8), np.float32)
    maps = depth_motion_maps(empty, depth_bins=4, views=('front', 'top'))
    assert [m.shape for m in maps] == [(8, 8), (4, 8)]


def test_transform_output(tmp_path):
    path = str(tmp_path / 'a1_s1_t1_depth.mat')
    savemat(path, dict(d_depth=_moving_square().transpose(1, 2, 0)
                       .astype(np.uint16)))
    res = TRANSFORMS.build(dict(type='LoadDepthMat'))(dict(depth_file=path))
    assert res['depth'].shape == (6, 40, 50)
    out = TRANSFORMS.build(dict(type='DepthMotionMaps', size=(32, 24)))(res)
    dmm = out['dmm']
    assert dmm.shape == (1, 3, 24, 32) and dmm.dtype == np.float32
    assert 'depth' not in out
    assert dmm[0, 0].max() == pytest.approx(1.) and dmm.min() >= 0


def test_real_utd_mhad_depth(shared_data):
    path = osp.join(shared_data, 'utd_mhad', 'depth', 'a1_s1_t1_depth.mat')
    if not osp.isfile(path):
        pytest.skip(f'{path} not found')
    res = TRANSFORMS.build(dict(type='LoadDepthMat'))(dict(depth_file=path))
    num_frames = res['depth'].shape[0]
    assert res['depth'].shape == (num_frames, 240, 320) and num_frames > 10
    out = TRANSFORMS.build(dict(type='DepthMotionMaps'))(res)['dmm']
    assert out.shape == (1, 3, 64, 64)
    # a right-arm swipe moves: every view has motion, spread over the map
    for view in out[0]:
        assert view.max() == pytest.approx(1.)
        assert (view > 0.05).mean() > 0.05


def test_random_crop_depth_maps():
    dmm = np.zeros((1, 3, 32, 40), np.float32)
    dmm[0, :, 8:24, 10:30] = np.linspace(0.1, 1., 20)[None, None]
    crop = TRANSFORMS.build(dict(type='RandomCropDepthMaps',
                                 area_range=(0.5, 0.5)))
    np.random.seed(0)
    out = crop(dict(dmm=dmm.copy()))['dmm']
    assert out.shape == dmm.shape and out.dtype == np.float32
    assert out.max() == pytest.approx(1.) and out.min() >= 0
    assert not np.allclose(out, dmm)
    assert not np.allclose(out[0, 0], out[0, 1])  # one crop per view
    whole = TRANSFORMS.build(dict(type='RandomCropDepthMaps',
                                  area_range=(1., 1.), aspect_range=(1, 1)))
    np.testing.assert_allclose(whole(dict(dmm=dmm.copy()))['dmm'], dmm,
                               atol=1e-6)
