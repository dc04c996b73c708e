"""Skeleton transforms: normalisation, augmentation, subsets, windows."""
import numpy as np
import pytest
from mmaction.registry import TRANSFORMS
from mmcv.transforms import Compose

import mmaction_har  # noqa: F401
import mmaction_har.datasets.transforms  # noqa: F401
from mmaction_har.datasets.transforms import KEYPOINT_SUBSETS


def _results(m=1, t=10, v=20, c=3, seed=0):
    rng = np.random.RandomState(seed)
    kp = rng.uniform(0.5, 2., size=(m, t, v, c)).astype(np.float32)
    return dict(keypoint=kp, keypoint_score=np.ones((m, t, v), np.float32),
                total_frames=t, label=1)


@pytest.mark.parametrize('name', [
    'NormalizeSkeleton', 'RandomRotateScaleSkeleton', 'SelectKeypoints',
    'RemoveUndetectedKeypoints', 'SkeletonWindow', 'DiscardKeys',
    'RandomTemporalCropSkeleton', 'GenSkeFeatGraph',
    'LoadDepthMat', 'DepthMotionMaps'
])
def test_registered(name):
    assert TRANSFORMS.get(name) is not None


def test_normalize_first_frame_keeps_motion():
    res = _results()
    res['keypoint'][0, :, :, 0] += np.arange(10)[:, None]  # walks along x
    out = TRANSFORMS.build(dict(type='NormalizeSkeleton', center_joints=3,
                                center_mode='first'))(res)
    kp = out['keypoint']
    np.testing.assert_allclose(kp[0, 0, 3], 0, atol=1e-6)
    assert kp[0, -1, 3, 0] > 5  # global motion kept


def test_normalize_per_frame_and_scale():
    res = _results()
    out = TRANSFORMS.build(dict(type='NormalizeSkeleton',
                                center_joints=[2, 3], center_mode='frame',
                                scale_joints=(3, 1)))(res)
    kp = out['keypoint']
    np.testing.assert_allclose(kp[0, :, [2, 3]].mean(0), 0, atol=1e-5)
    dist = np.linalg.norm(kp[0, :, 3] - kp[0, :, 1], axis=-1)
    assert np.median(dist) == pytest.approx(1., rel=1e-5)
    assert kp.dtype == np.float32


def test_normalize_keeps_undetected_zero():
    res = _results(c=2)
    res['keypoint'][0, 4, 7] = 0
    out = TRANSFORMS.build(dict(type='NormalizeSkeleton',
                                center_joints=1))(res)
    assert np.all(out['keypoint'][0, 4, 7] == 0)
    assert np.abs(out['keypoint'][0, 4, 6]).sum() > 0


def test_rotate_scale_preserves_norms_without_scaling():
    res = _results()
    before = np.linalg.norm(res['keypoint'], axis=-1)
    out = TRANSFORMS.build(dict(type='RandomRotateScaleSkeleton',
                                max_angles=(30, 30, 30),
                                scale_range=(1., 1.)))(dict(res))
    np.testing.assert_allclose(np.linalg.norm(out['keypoint'], axis=-1),
                               before, rtol=1e-5)
    assert not np.allclose(out['keypoint'], _results()['keypoint'])


def test_rotate_scale_2d_and_zero_points():
    res = _results(c=2)
    res['keypoint'][0, 0, 0] = 0
    out = TRANSFORMS.build(dict(type='RandomRotateScaleSkeleton',
                                scale_range=(0.5, 2.)))(res)
    assert out['keypoint'].shape == (1, 10, 20, 2)
    assert np.all(out['keypoint'][0, 0, 0] == 0)


@pytest.mark.parametrize('subset,num', [('body25_24', 24), ('body25_18', 18),
                                        ('body25_14', 14)])
def test_select_keypoint_subsets(subset, num):
    res = _results(v=25, c=2)
    res['keypoint'][..., 0] = np.arange(25)  # x = BODY_25 index
    out = TRANSFORMS.build(dict(type='SelectKeypoints', subset=subset))(res)
    assert out['keypoint'].shape == (1, 10, num, 2)
    assert out['keypoint_score'].shape == (1, 10, num)
    assert 8 not in out['keypoint'][0, 0, :, 0]  # MidHip dropped
    np.testing.assert_array_equal(out['keypoint'][0, 0, :, 0],
                                  KEYPOINT_SUBSETS[subset])


def test_select_keypoints_rejects_bad_arguments():
    with pytest.raises(KeyError):
        TRANSFORMS.build(dict(type='SelectKeypoints', subset='nope'))
    with pytest.raises(AssertionError):
        TRANSFORMS.build(dict(type='SelectKeypoints', subset='body25_24',
                              indices=[0]))


def test_remove_undetected_interpolates():
    res = _results(t=5, v=3, c=2)
    res['keypoint'][0, :, 1, 0] = [0., 1., 2., 3., 4.]
    res['keypoint'][0, :, 1, 1] = 1.
    res['keypoint'][0, 2, 1] = 0  # undetected in the middle
    res['keypoint'][0, 0, 2] = 0  # undetected at the start
    out = TRANSFORMS.build(dict(type='RemoveUndetectedKeypoints'))(res)
    np.testing.assert_allclose(out['keypoint'][0, 2, 1], [2., 1.])
    np.testing.assert_allclose(out['keypoint'][0, 0, 2],
                               out['keypoint'][0, 1, 2])


def test_remove_undetected_drops_frames():
    res = _results(t=6, v=4, c=2)
    res['keypoint'][0, 1] = 0  # whole frame missing
    res['keypoint'][0, 3, :2] = 0  # half missing
    res['keypoint_score'][0, 4, 0] = 0.05  # low score
    drop = TRANSFORMS.build(dict(type='RemoveUndetectedKeypoints',
                                 mode='frame', max_missing=0.5,
                                 score_thr=0.1))
    out = drop(dict(res))
    assert out['total_frames'] == 5 and out['keypoint'].shape[1] == 5
    assert out['keypoint_score'].shape[1] == 5
    everything = dict(_results(t=3, v=2, c=2))
    everything['keypoint'][:] = 0
    assert drop(everything)['keypoint'].shape[1] == 3  # never drop all


def test_skeleton_window_train_and_test():
    train = TRANSFORMS.build(dict(type='SkeletonWindow', clip_len=4))
    out = train(dict(total_frames=10))
    inds = out['frame_inds']
    assert len(inds) == 4 and np.all(np.diff(inds) == 1)
    assert 0 <= inds[0] <= 6 and out['num_clips'] == 1
    test = TRANSFORMS.build(dict(type='SkeletonWindow', clip_len=4,
                                 num_clips=3, test_mode=True))
    inds = test(dict(total_frames=10))['frame_inds'].reshape(3, 4)
    np.testing.assert_array_equal(inds[:, 0], [0, 3, 6])


@pytest.mark.parametrize('pad_mode,expected', [('loop', [0, 1, 2, 0, 1]),
                                               ('edge', [0, 1, 2, 2, 2])])
def test_skeleton_window_pads_short_sequences(pad_mode, expected):
    window = TRANSFORMS.build(dict(type='SkeletonWindow', clip_len=5,
                                   test_mode=True, pad_mode=pad_mode))
    np.testing.assert_array_equal(window(dict(total_frames=3))['frame_inds'],
                                  expected)


def test_pipeline_to_gcn_input():
    pipeline = Compose([
        TRANSFORMS.build(t) for t in [
            dict(type='DiscardKeys'),
            dict(type='NormalizeSkeleton', center_joints=3,
                 scale_joints=(3, 1)),
            dict(type='SkeletonWindow', clip_len=8, num_clips=2,
                 test_mode=True),
            dict(type='PoseDecode'),
            dict(type='FormatGCNInput', num_person=1),
            dict(type='PackActionInputs')
        ]
    ])
    packed = pipeline(_results(t=20))
    assert tuple(packed['inputs'].shape) == (2, 1, 8, 20, 3)
    assert packed['data_samples'].gt_label.item() == 1


def test_temporal_crop_keeps_a_run_of_frames():
    crop = TRANSFORMS.build(dict(type='RandomTemporalCropSkeleton',
                                 ratio_range=(0.5, 0.5)))
    res = _results(t=40)
    res['keypoint'][..., 0] = np.arange(40)[None, :, None]  # x = frame
    res['keypoint_score'][:] = np.arange(40)[None, :, None]
    out = crop(res)
    frames = out['keypoint'][0, :, 0, 0]
    assert out['total_frames'] == 20 and len(frames) == 20
    np.testing.assert_array_equal(np.diff(frames), 1)
    np.testing.assert_array_equal(out['keypoint_score'][0, :, 0], frames)


def test_temporal_crop_lengths_and_short_sequences():
    crop = TRANSFORMS.build(dict(type='RandomTemporalCropSkeleton',
                                 ratio_range=(0.6, 1.), min_frames=8))
    lengths = {crop(_results(t=50))['total_frames'] for _ in range(50)}
    assert min(lengths) >= 30 and max(lengths) <= 50 and len(lengths) > 3
    assert 8 <= crop(_results(t=10))['total_frames'] <= 10  # min_frames
    assert crop(_results(t=5))['total_frames'] == 5
    with pytest.raises(AssertionError):
        TRANSFORMS.build(dict(type='RandomTemporalCropSkeleton',
                              ratio_range=(0.5, 1.5)))


def test_normalize_by_the_box_of_detected_joints():
    res = _results(t=4, v=5, c=2)
    kp = res['keypoint']
    kp[0, :, :, 0] = [0., 2., 4., 6., 8.]  # 8 wide
    kp[0, :, :, 1] = [0., 1., 1., 2., 4.]  # 4 high
    kp[0] += np.array([10., 20.], np.float32)
    kp[0, :, 4] = 0.75  # out of the frame (Penn Action)
    out = TRANSFORMS.build(dict(type='NormalizeSkeleton', center_joints=None,
                                scale_joints='box', eps=2.))(res)
    kp = out['keypoint'][0]
    assert np.all(kp[:, 4] == 0)  # undetected: zeroed, not in the box
    # box of joints 0-3: x 10-16, y 20-22 -> centre (13, 21), unit 6
    np.testing.assert_allclose(kp[0, 0], [-0.5, -1 / 6], rtol=1e-5)
    np.testing.assert_allclose(kp[0, 3], [0.5, 1 / 6], rtol=1e-5)
