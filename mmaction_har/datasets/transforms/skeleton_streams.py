"""The four ST-GCN++ input streams on any skeleton graph.

MMAction2's :class:`~mmaction.datasets.transforms.GenSkeFeat` computes the
joint (``j``), bone (``b``), joint motion (``jm``) and bone motion (``bm``)
streams, but its :class:`~mmaction.datasets.transforms.JointToBone` knows
only the ``nturgb+d``, ``openpose`` and ``coco`` skeletons.
:class:`GenSkeFeatGraph` is the same transform for a graph layout given as
the dict that MMAction2's ``Graph`` accepts (``num_node``, ``inward``,
``center``), e.g. Penn Action's 13 joints or Kinect v1's 20: the bone of a
joint is its vector from the joint it points to (``inward`` edge
``(joint, parent)``); the centre's bone is zero, as upstream's.
"""
from typing import Dict, List, Sequence, Tuple, Union

from mmaction.datasets.transforms import GenSkeFeat, JointToBone
from mmaction.registry import TRANSFORMS

#: Upstream's switch for "channel 2 is a keypoint score, not a coordinate"
#: in JointToBone/ToMotion (scores are averaged instead of differenced).
_WITH_SCORE, _WITHOUT_SCORE = 'coco', 'nturgb+d'


def bone_pairs(layout: Dict) -> List[Tuple[int, int]]:
    """``(joint, parent)`` pairs of a graph layout, one per joint.

    Args:
        layout (dict): ``num_node``, ``inward`` (edges ``(joint, parent)``
            pointing to the centre) and ``center``.

    Returns:
        list[tuple[int, int]]: ``num_node`` pairs; the centre is its own
        parent.

    Raises:
        ValueError: The edges are not a tree rooted at the centre (a joint
            with no or two parents, or the centre with one).
    """
    num_node, center = layout['num_node'], layout['center']
    parent = {center: center}
    for joint, up in layout['inward']:
        if joint in parent:
            raise ValueError(f'graph layout: joint {joint} has two parents '
                             f'({parent[joint]} and {up}) or is the centre')
        parent[joint] = up
    missing = sorted(set(range(num_node)) - set(parent))
    if missing:
        raise ValueError(f'graph layout: joints {missing} have no inward '
                         f'edge to a parent (centre {center})')
    return sorted(parent.items())


@TRANSFORMS.register_module()
class GenSkeFeatGraph(GenSkeFeat):
    """:class:`GenSkeFeat` on a skeleton graph given as a layout dict.

    Required Keys: keypoint ``(M, T, V, C)``, keypoint_score ``(M, T, V)``
    (only with ``with_score``). Modified Keys: keypoint
    ``(M, T, V, C' * len(feats))`` where ``C' = C + with_score``. Removed
    Keys: keypoint_score.

    Args:
        layout (dict | str): A ``Graph`` layout dict (see
            :func:`bone_pairs`) or an upstream name (``'coco'``,
            ``'openpose'``, ``'nturgb+d'``).
        feats (Sequence[str]): Streams to concatenate on the last axis, any
            of ``'j'``, ``'b'``, ``'jm'``, ``'bm'``. Defaults to ``('j', )``.
        with_score (bool): Append ``keypoint_score`` as a channel that
            bones and motions average instead of differencing (2D keypoints
            with confidences or visibilities). Defaults to False.
        axis (int): Axis the streams are concatenated on. Defaults to -1.
    """

    def __init__(self,
                 layout: Union[Dict, str],
                 feats: Sequence[str] = ('j', ),
                 with_score: bool = False,
                 axis: int = -1) -> None:
        unknown = set(feats) - {'j', 'b', 'jm', 'bm'}
        if unknown:
            raise ValueError(f'unknown skeleton streams {sorted(unknown)}; '
                             "use 'j', 'b', 'jm', 'bm'")
        kind = _WITH_SCORE if with_score else _WITHOUT_SCORE
        super().__init__(dataset=kind, feats=list(feats), axis=axis)
        self.layout = layout
        self.with_score = with_score
        pairs = (JointToBone(layout).pairs if isinstance(layout, str) else
                 bone_pairs(layout))
        for op in self.ops.transforms:
            if isinstance(op, JointToBone):
                op.pairs = pairs

    def transform(self, results: Dict) -> Dict:
        if self.with_score != ('keypoint_score' in results):
            raise ValueError(
                f'{self.__class__.__name__}(with_score={self.with_score}): '
                f'the sample {results.get("frame_dir", "")!r} '
                f'{"lacks" if self.with_score else "has"} keypoint_score')
        return super().transform(results)

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}(layout={self.layout!r}, '
                f'feats={self.feats}, with_score={self.with_score}, '
                f'axis={self.axis})')
