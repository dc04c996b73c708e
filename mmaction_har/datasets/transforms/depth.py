"""Depth sequences: loading from ``.mat`` and depth motion maps (DMM).

Depth motion maps (Chen, Jafari and Kehtarnavaz, UTD-MHAD's authors) sum the
absolute frame-to-frame change of three projections of each depth frame:
front (the depth image), side (height x depth occupancy) and top (depth x
width occupancy). They are the depth motion images fed to the depth branch
of :class:`mmaction_har.models.SkeletonDepthFusion`; they are augmented by
random crops (:class:`RandomCropDepthMaps`).
"""
from typing import Dict, Sequence

import cv2
import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS


@TRANSFORMS.register_module()
class LoadDepthMat(BaseTransform):
    """Load a depth sequence from a MATLAB file (UTD-MHAD ``d_depth``).

    Required Keys: ``file_key`` (path). Added Keys: depth ``(T, H, W)``
    float32, in the file's units (millimetres for UTD-MHAD; 0 = no data).

    Args:
        file_key (str): Result key holding the path. Defaults to
            ``'depth_file'``.
        mat_key (str): Variable in the file, ``(H, W, T)``. Defaults to
            ``'d_depth'``.
    """

    def __init__(self, file_key: str = 'depth_file',
                 mat_key: str = 'd_depth') -> None:
        self.file_key = file_key
        self.mat_key = mat_key

    def transform(self, results: Dict) -> Dict:
        from scipy.io import loadmat
        depth = loadmat(results[self.file_key])[self.mat_key]
        results['depth'] = np.ascontiguousarray(
            depth.transpose(2, 0, 1).astype(np.float32))
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(file_key={self.file_key!r}, '
                f'mat_key={self.mat_key!r})')


def _crop_to_content(img: np.ndarray) -> np.ndarray:
    """Crop a 2D map to the bounding box of its non-zero entries."""
    rows, cols = np.flatnonzero(img.any(1)), np.flatnonzero(img.any(0))
    if rows.size == 0:
        return img
    return img[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def depth_motion_maps(depth: np.ndarray, depth_bins: int = 64,
                      views: Sequence[str] = ('front', 'side', 'top')):
    """Depth motion maps of a depth sequence.

    The depth axis of the side and top projections has one bin per distinct
    depth value of the sequence's foreground when there are at most
    ``depth_bins`` of them (Kinect depth is coarsely quantised: UTD-MHAD
    sequences have 30-60 levels, and equal-width bins would leave empty
    stripes), else ``depth_bins`` equal-width bins.

    Args:
        depth (np.ndarray): ``(T, H, W)`` depth, 0 where there is no data.
        depth_bins (int): Largest depth resolution ``B`` of the side and top
            projections.
        views (Sequence[str]): Any of ``'front'``, ``'side'``, ``'top'``.

    Returns:
        list[np.ndarray]: One float32 map per view: front ``(H, W)``, side
        ``(H, B)``, top ``(B, W)``, not normalised.
    """
    fg = depth > 0
    num_frames, height, width = depth.shape
    if not fg.any():
        shapes = dict(front=(height, width), side=(height, depth_bins),
                      top=(depth_bins, width))
        return [np.zeros(shapes[v], np.float32) for v in views]
    values = depth[fg]
    near, far = values.min(), values.max()
    # front: nearness in [0.1, 1] on the foreground, 0 elsewhere
    front = np.where(fg, (far - depth) / max(far - near, 1.) * 0.9 + 0.1, 0.)
    levels, zbin = np.unique(values, return_inverse=True)
    bins = len(levels)
    if bins > depth_bins:
        bins = depth_bins
        zbin = np.round((values - near) / max(far - near, 1.) *
                        (bins - 1)).astype(np.int64)
    t, y, x = np.nonzero(fg)
    side = np.zeros((num_frames, height, bins), np.float32)
    side[t, y, zbin] = 1.
    top = np.zeros((num_frames, bins, width), np.float32)
    top[t, zbin, x] = 1.
    maps = dict(front=front.astype(np.float32), side=side, top=top)
    return [np.abs(np.diff(maps[v], axis=0)).sum(0) if num_frames > 1 else
            np.zeros(maps[v].shape[1:], np.float32) for v in views]


@TRANSFORMS.register_module()
class DepthMotionMaps(BaseTransform):
    """Depth motion maps as a ``len(views)``-channel image.

    Each map is cropped to its non-zero bounding box (``crop=True``),
    resized to ``size`` and divided by its maximum, so values lie in
    ``[0, 1]``. The output has a leading clip axis of 1 so that multi-modal
    recognizers (``MMRecognizer3D``) can fold it like the other modalities.

    Required Keys: depth ``(T, H, W)``. Added Keys: ``out_key``
    ``(1, len(views), size[1], size[0])`` float32. Removed Keys: depth.

    Args:
        size (Sequence[int]): Output ``(width, height)``. Defaults to
            ``(64, 64)``.
        views (Sequence[str]): Defaults to ``('front', 'side', 'top')``.
        depth_bins (int): See :func:`depth_motion_maps`. Defaults to 64.
        crop (bool): Crop each map to its content. Defaults to True.
        out_key (str): Defaults to ``'dmm'``.
    """

    def __init__(self,
                 size: Sequence[int] = (64, 64),
                 views: Sequence[str] = ('front', 'side', 'top'),
                 depth_bins: int = 64,
                 crop: bool = True,
                 out_key: str = 'dmm') -> None:
        assert set(views) <= {'front', 'side', 'top'}, views
        self.size = tuple(size)
        self.views = tuple(views)
        self.depth_bins = depth_bins
        self.crop = crop
        self.out_key = out_key

    def transform(self, results: Dict) -> Dict:
        maps = depth_motion_maps(results.pop('depth'), self.depth_bins,
                                 self.views)
        out = []
        for dmm in maps:
            if self.crop:
                dmm = _crop_to_content(dmm)
            dmm = cv2.resize(dmm, self.size, interpolation=cv2.INTER_AREA)
            out.append(dmm / dmm.max() if dmm.max() > 0 else dmm)
        results[self.out_key] = np.stack(out)[None].astype(np.float32)
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(size={self.size}, '
                f'views={self.views}, depth_bins={self.depth_bins}, '
                f'crop={self.crop}, out_key={self.out_key!r})')


@TRANSFORMS.register_module()
class RandomCropDepthMaps(BaseTransform):
    """Crop every depth motion map at random and resize it back.

    Each map (view) gets its own crop: a random area fraction in
    ``area_range`` and aspect ratio in ``aspect_range``, at a random place,
    resized to the map's size and renormalised to a maximum of 1. The maps
    are fixed per sequence, so without this a depth network sees the same
    three images every epoch and memorises them.

    Required Keys: ``key`` ``(1, V, H, W)``. Modified Keys: ``key``.

    Args:
        area_range (Sequence[float]): Kept area fraction. Defaults to
            ``(0.7, 1.0)``.
        aspect_range (Sequence[float]): Crop width / height over the map's.
            Defaults to ``(0.75, 1.33)``.
        key (str): Defaults to ``'dmm'``.
    """

    def __init__(self,
                 area_range: Sequence[float] = (0.7, 1.),
                 aspect_range: Sequence[float] = (0.75, 1.33),
                 key: str = 'dmm') -> None:
        assert 0 < area_range[0] <= area_range[1] <= 1, area_range
        self.area_range = tuple(area_range)
        self.aspect_range = tuple(aspect_range)
        self.key = key

    def _crop(self, dmm: np.ndarray) -> np.ndarray:
        height, width = dmm.shape
        area = np.random.uniform(*self.area_range)
        aspect = np.exp(np.random.uniform(*np.log(self.aspect_range)))
        h = int(round(height * min(np.sqrt(area / aspect), 1.)))
        w = int(round(width * min(np.sqrt(area * aspect), 1.)))
        top = np.random.randint(0, height - h + 1)
        left = np.random.randint(0, width - w + 1)
        out = cv2.resize(dmm[top:top + h, left:left + w], (width, height),
                         interpolation=cv2.INTER_LINEAR)
        return out / out.max() if out.max() > 0 else out

    def transform(self, results: Dict) -> Dict:
        maps = results[self.key]
        results[self.key] = np.stack(
            [np.stack([self._crop(view) for view in clip]) for clip in maps]
        ).astype(np.float32)
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(area_range={self.area_range}, '
                f'aspect_range={self.aspect_range}, key={self.key!r})')
