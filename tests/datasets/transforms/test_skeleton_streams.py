"""The four skeleton streams on graph layouts (GenSkeFeatGraph)."""
import numpy as np
import pytest
from mmaction.datasets.transforms import GenSkeFeat
from mmaction.registry import TRANSFORMS

import mmaction_har  # noqa: F401
from mmaction_har.datasets.transforms import bone_pairs

# MMAction2's JointToBone pairs of 'coco' written as a graph layout
COCO_BONES = dict(
    num_node=17, center=0,
    inward=[(1, 0), (2, 0), (3, 1), (4, 2), (5, 0), (6, 0), (7, 5), (8, 6),
            (9, 7), (10, 8), (11, 0), (12, 0), (13, 11), (14, 12), (15, 13),
            (16, 14)])
# Kinect v1 (UTD-MHAD), as configs/_base_/datasets/utd_mhad_xsub_skeleton.py
KINECT_V1 = dict(
    num_node=20, center=1,
    inward=[(0, 1), (2, 1), (3, 2), (4, 1), (5, 4), (6, 5), (7, 6), (8, 1),
            (9, 8), (10, 9), (11, 10), (12, 3), (13, 12), (14, 13),
            (15, 14), (16, 3), (17, 16), (18, 17), (19, 18)])


def _sample(v, c, score, seed=0):
    rng = np.random.RandomState(seed)
    out = dict(keypoint=rng.randn(1, 6, v, c).astype(np.float32),
               total_frames=6)
    if score:
        out['keypoint_score'] = rng.rand(1, 6, v).astype(np.float32)
    return out


def test_bone_pairs_of_a_tree():
    pairs = dict(bone_pairs(KINECT_V1))
    assert len(pairs) == 20 and pairs[1] == 1  # the centre: zero bone
    assert pairs[0] == 1 and pairs[19] == 18


@pytest.mark.parametrize('inward,message', [
    ([(1, 0), (1, 2)], 'two parents'),
    ([(1, 0)], r'joints \[2\] have no inward edge'),
    ([(0, 1), (1, 0), (2, 0)], 'is the centre'),
])
def test_bone_pairs_rejects_non_trees(inward, message):
    with pytest.raises(ValueError, match=message):
        bone_pairs(dict(num_node=3, center=0, inward=inward))


@pytest.mark.parametrize('feats', [['j'], ['b'], ['jm'], ['bm'],
                                   ['j', 'b', 'jm', 'bm']])
def test_matches_upstream_gen_ske_feat_on_coco(feats):
    """With COCO's bone tree as a dict it computes what MMAction2 does."""
    ours = TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout=COCO_BONES,
                                 feats=feats, with_score=True))
    upstream = GenSkeFeat(dataset='coco', feats=feats)
    expected = upstream(_sample(17, 2, True))['keypoint']
    got = ours(_sample(17, 2, True))
    assert 'keypoint_score' not in got
    assert got['keypoint'].shape == (1, 6, 17, 3 * len(feats))
    np.testing.assert_allclose(got['keypoint'], expected, rtol=1e-6)


def test_named_layout_is_upstream():
    ours = TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout='coco',
                                 feats=['b'], with_score=True))
    expected = GenSkeFeat(dataset='coco', feats=['b'])(
        _sample(17, 2, True))['keypoint']
    np.testing.assert_allclose(ours(_sample(17, 2, True))['keypoint'],
                               expected)


def test_3d_bones_and_motion_on_kinect():
    sample = _sample(20, 3, False)
    kp = sample['keypoint'].copy()
    out = TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout=KINECT_V1,
                                feats=['b', 'bm']))(sample)['keypoint']
    bone, motion = out[..., :3], out[..., 3:]
    np.testing.assert_allclose(bone[0, :, 5], kp[0, :, 5] - kp[0, :, 4])
    assert np.all(bone[0, :, 1] == 0)  # centre
    np.testing.assert_allclose(motion[0, :-1], np.diff(bone[0], axis=0),
                               rtol=1e-5, atol=1e-6)
    assert np.all(motion[0, -1] == 0)


def test_score_channel_is_averaged_not_differenced():
    sample = _sample(20, 2, True)
    score = sample['keypoint_score'].copy()
    out = TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout=KINECT_V1,
                                feats=['b'], with_score=True))(sample)
    np.testing.assert_allclose(out['keypoint'][0, :, 5, 2],
                               (score[0, :, 5] + score[0, :, 4]) / 2)


@pytest.mark.parametrize('with_score', [True, False])
def test_score_presence_must_match(with_score):
    step = TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout=KINECT_V1,
                                 with_score=with_score))
    with pytest.raises(ValueError, match='keypoint_score'):
        step(_sample(20, 2 if not with_score else 3, not with_score))


def test_unknown_stream():
    with pytest.raises(ValueError, match='unknown skeleton streams'):
        TRANSFORMS.build(dict(type='GenSkeFeatGraph', layout=KINECT_V1,
                              feats=['j', 'x']))
