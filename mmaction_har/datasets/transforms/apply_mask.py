"""Apply precomputed person masks to decoded frames (background stripping
without re-encoding the videos).

The masks come from ``tools/data/strip_background.py --masks-only`` (or any
run of it: it always writes them), one ``.npz`` per video, mirroring the
list's paths. The fill rules are those of the tool
(:func:`mmaction_har.background.apply_fill`), and both expand the stored
masks with the same function, so the frames this transform yields equal
the frames of the re-encoded stripped videos before their lossy encoding.
"""
import os.path as osp
from collections import OrderedDict
from typing import Dict, Optional

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS

from ...background.fill import apply_fill, parse_fill
from ...background.storage import MASK_SUFFIX, load_masks
from ...background.strip import video_key
from ...errors import HarError


@TRANSFORMS.register_module()
class ApplyPersonMask(BaseTransform):
    """Replace the background of decoded frames using stored person masks.

    Place it right after ``DecordDecode`` (before any resize, crop or
    flip): it needs the frames at their decoded size.

    Required Keys: ``filename``, ``imgs`` (list of RGB uint8 (H, W, 3)),
    ``frame_inds`` (video frame indices, as ``DecordDecode`` used them).
    Modified Keys: ``imgs``.

    Args:
        mask_root (str): Folder of the ``.npz`` mask files.
        video_root (str | None): The dataset's ``data_prefix.video``: the
            mask of ``video_root/a/b.mp4`` is ``mask_root/a/b.npz``. None:
            masks are found by file name in ``mask_root``.
        fill (str): ``black``, ``blur``, ``noise`` or ``R,G,B``.
        seed (int): Seed of the ``noise`` fill (as the tool's ``--seed``).
        cache_size (int): Mask files kept in memory per worker.
    """

    def __init__(self, mask_root: str, video_root: Optional[str] = None,
                 fill: str = 'black', seed: int = 0,
                 cache_size: int = 8) -> None:
        self.mask_root = mask_root
        self.video_root = video_root
        self.fill = parse_fill(fill, seed)
        self.seed = seed
        self.cache_size = cache_size
        self._cache = OrderedDict()

    def mask_path(self, filename: str) -> str:
        """The mask file of a video path."""
        rel = (osp.relpath(filename, self.video_root) if self.video_root
               else osp.basename(filename))
        return osp.join(self.mask_root, osp.splitext(rel)[0] + MASK_SUFFIX)

    def _volume(self, path):
        if path in self._cache:
            self._cache.move_to_end(path)
            return self._cache[path]
        volume = load_masks(path)
        self._cache[path] = volume
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return volume

    def transform(self, results: Dict) -> Dict:
        filename = results['filename']
        path = self.mask_path(filename)
        volume = self._volume(path)
        inds = np.asarray(results['frame_inds']).reshape(-1).astype(int)
        imgs = results['imgs']
        if len(imgs) != len(inds):
            raise HarError(f'{filename}: {len(imgs)} frames but '
                           f'{len(inds)} frame_inds')
        if inds.size and (inds.min() < 0 or inds.max() >= volume.num_frames):
            raise HarError(f'{path}: holds {volume.num_frames} frames, '
                           f'frame index {int(inds.max())} requested for '
                           f'{filename}')
        if imgs and tuple(imgs[0].shape[:2]) != volume.frame_shape:
            raise HarError(
                f'{path}: masks are for {volume.frame_shape} frames, got '
                f'{tuple(imgs[0].shape[:2])}; place ApplyPersonMask right '
                f'after DecordDecode')
        results['imgs'] = apply_fill(imgs, volume.full_res(inds), self.fill,
                                     video_key(filename), inds)
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(mask_root={self.mask_root!r}, '
                f'video_root={self.video_root!r}, fill={str(self.fill)!r}, '
                f'seed={self.seed})')
