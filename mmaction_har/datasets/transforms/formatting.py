"""Small formatting helpers for pose pipelines."""
from typing import Dict, Sequence

from mmaction.registry import TRANSFORMS
from mmcv.transforms import BaseTransform


@TRANSFORMS.register_module()
class DiscardKeys(BaseTransform):
    """Remove keys from the results, e.g. ``keypoint_score``.

    ``FormatGCNInput`` appends ``keypoint_score`` as an extra coordinate
    channel whenever the key exists; 3D skeletons whose scores are constant
    (Kinect joints converted by :mod:`mmaction_har.importers.utd_mhad`) drop
    it first to keep ``C = 3`` (x, y, z).

    Args:
        keys (Sequence[str]): Keys to remove; missing ones are ignored.
    """

    def __init__(self, keys: Sequence[str] = ('keypoint_score', )) -> None:
        self.keys = tuple(keys)

    def transform(self, results: Dict) -> Dict:
        for key in self.keys:
            results.pop(key, None)
        return results

    def __repr__(self) -> str:
        return f'{self.__class__.__name__}(keys={self.keys})'
