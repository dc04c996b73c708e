"""Fixed-length windows of consecutive frames (the skeleton-LSTM sampling)."""
from typing import Dict

import numpy as np
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS


@TRANSFORMS.register_module()
class SkeletonWindow(BaseTransform):
    """Sample windows of ``clip_len`` consecutive frames.

    Unlike :class:`mmaction.datasets.transforms.UniformSampleFrames`, which
    spreads ``clip_len`` frames over the whole sequence, this keeps the frame
    rate: a training sample is one window at a random start; a test sample is
    ``num_clips`` windows with evenly spaced starts (first to last possible
    start). A sequence shorter than ``clip_len`` is padded by looping it
    (``pad_mode='loop'``) or by repeating its last frame (``'edge'``).

    It writes ``frame_inds`` (``num_clips * clip_len``), ``clip_len``,
    ``frame_interval`` and ``num_clips`` like MMAction2's samplers; follow it
    with ``PoseDecode`` and ``FormatGCNInput``.

    Required Keys: total_frames. Added Keys: frame_inds, clip_len,
    frame_interval, num_clips.

    Args:
        clip_len (int): Window length in frames. Defaults to 32.
        num_clips (int): Windows per sample in test mode. Defaults to 1.
        test_mode (bool): Deterministic, evenly spaced windows. Defaults to
            False.
        pad_mode (str): ``'loop'`` or ``'edge'``. Defaults to ``'loop'``.
    """

    def __init__(self,
                 clip_len: int = 32,
                 num_clips: int = 1,
                 test_mode: bool = False,
                 pad_mode: str = 'loop') -> None:
        assert pad_mode in ('loop', 'edge'), pad_mode
        self.clip_len = clip_len
        self.num_clips = num_clips
        self.test_mode = test_mode
        self.pad_mode = pad_mode

    def _starts(self, num_frames: int) -> np.ndarray:
        last = max(num_frames - self.clip_len, 0)
        if not self.test_mode:
            return np.random.randint(0, last + 1, size=1)
        if self.num_clips == 1:
            return np.array([last // 2])
        return np.round(np.linspace(0, last, self.num_clips)).astype(np.int64)

    def transform(self, results: Dict) -> Dict:
        num_frames = results['total_frames']
        offsets = np.arange(self.clip_len)
        inds = self._starts(num_frames)[:, None] + offsets[None, :]
        if self.pad_mode == 'loop':
            inds = inds % num_frames
        else:
            inds = np.minimum(inds, num_frames - 1)
        results['frame_inds'] = inds.reshape(-1).astype(np.int64)
        results['clip_len'] = self.clip_len
        results['frame_interval'] = None
        results['num_clips'] = len(inds)
        return results

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(clip_len={self.clip_len}, '
                f'num_clips={self.num_clips}, test_mode={self.test_mode}, '
                f'pad_mode={self.pad_mode!r})')
