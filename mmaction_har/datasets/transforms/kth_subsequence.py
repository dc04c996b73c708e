"""Restrict frame sampling to a subsequence (a KTH ``00sequences.txt`` range).

Used with :class:`mmaction_har.datasets.kth.KTHSubsequenceDataset`, whose
samples carry ``frame_range``; see that module for the list format.
"""
from mmcv.transforms import BaseTransform

from mmaction.registry import TRANSFORMS

from ...errors import HarError


@TRANSFORMS.register_module()
class SubsequenceRange(BaseTransform):
    """Restrict frame sampling to ``results['frame_range']``.

    Required keys: ``total_frames`` (from a ``*Init`` transform),
    ``frame_range`` (0-based inclusive), ``start_index``. Modified keys:
    ``total_frames`` (the range's length), ``start_index`` (plus the
    range's first frame). Added key: ``video_total_frames``.

    A range that ends past the video (a truncated recording) is cut at the
    last frame; one that starts past it raises an error naming the file.
    """

    def transform(self, results):
        first, last = results['frame_range']
        video_frames = results['total_frames']
        last = min(last, video_frames - 1)
        if first > last:
            raise HarError(f'{results.get("filename")}: frame range '
                           f'{first + 1}-{results["frame_range"][1] + 1} '
                           f'starts past the video ({video_frames} frames)')
        results['video_total_frames'] = video_frames
        results['total_frames'] = last - first + 1
        results['start_index'] = results.get('start_index', 0) + first
        return results
