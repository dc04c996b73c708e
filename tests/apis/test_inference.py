"""The inference API on real clips with tiny random recognizers."""
import os.path as osp

import numpy as np
import pytest
import torch

from mmaction_har.apis import load_recognizer, recognize, topk
from mmaction_har.errors import HarError, MissingFileError

from .helpers import (CLASSES, POSEC3D, SLOWONLY, save_random_checkpoint,
                      write_classes)


@pytest.fixture(scope='module')
def rgb_model(tmp_path_factory):
    tmp = tmp_path_factory.mktemp('api')
    ckpt = str(tmp / 'rgb.pth')
    state = save_random_checkpoint(SLOWONLY, ckpt, seed=3)
    model = load_recognizer(SLOWONLY, ckpt,
                            classes=write_classes(tmp / 'classes.txt'))
    return model, state


def test_checkpoint_weights_are_loaded(rgb_model):
    model, state = rgb_model
    loaded = model.state_dict()
    for key in ('backbone.conv1.bn.running_mean', 'cls_head.fc_cls.weight'):
        assert torch.equal(loaded[key], state[key])
    assert model.class_names == CLASSES
    assert not model.training


def test_video_and_its_frames_give_the_same_top_k(rgb_model, shared_data):
    import decord
    model, _ = rgb_model
    video = osp.join(shared_data, 'videos', 'pool_cleaning.mp4')
    from_file = recognize(model, video, k=3)
    reader = decord.VideoReader(video)
    frames = [reader[i].asnumpy() for i in range(len(reader))]
    from_frames = recognize(model, frames, k=3)
    np.testing.assert_allclose(from_file.scores, from_frames.scores,
                               atol=1e-6)
    assert from_file.scores.shape == (6, )
    assert from_file.scores.sum() == pytest.approx(1.0, abs=1e-5)  # 'prob'
    assert len(from_file.topk) == 3
    names = [n for n, _ in from_file.topk]
    values = [s for _, s in from_file.topk]
    assert values == sorted(values, reverse=True)
    assert names[0] == CLASSES[int(np.argmax(from_file.scores))]
    assert from_file.label == names[0]


def test_pose_sequence(tmp_path):
    ckpt = str(tmp_path / 'pose.pth')
    save_random_checkpoint(POSEC3D, ckpt, seed=1)
    model = load_recognizer(POSEC3D, ckpt, classes=CLASSES)
    rng = np.random.default_rng(0)
    pose = dict(keypoint=rng.uniform(20, 100, (1, 40, 17, 2)),
                keypoint_score=rng.uniform(0.5, 1, (1, 40, 17)),
                img_shape=(120, 160))
    first = recognize(model, pose, k=2)
    again = recognize(model, pose, k=2)
    assert first.scores.shape == (6, )
    np.testing.assert_array_equal(first.scores, again.scores)
    assert [n for n, _ in first.topk] == [
        CLASSES[i] for i in np.argsort(-first.scores)[:2]]
    with pytest.raises(HarError, match='frames were given'):
        recognize(model, [np.zeros((8, 8, 3), np.uint8)])
    with pytest.raises(HarError, match='M x T x V x C'):
        recognize(model, dict(keypoint=np.zeros((40, 17, 2)),
                              img_shape=(8, 8)))


def test_bad_inputs(rgb_model, tmp_path):
    model, _ = rgb_model
    with pytest.raises(HarError, match=r'frame 0 has shape \(8, 8\)'):
        recognize(model, [np.zeros((8, 8), np.uint8)])
    with pytest.raises(MissingFileError, match='missing.mp4'):
        recognize(model, str(tmp_path / 'missing.mp4'))
    with pytest.raises(MissingFileError, match='checkpoint'):
        load_recognizer(SLOWONLY, str(tmp_path / 'none.pth'))
    with pytest.raises(HarError, match='lists 2 classes; the model has 6'):
        load_recognizer(SLOWONLY, classes=['a', 'b'])


def test_topk_orders_and_truncates():
    out = topk(np.array([0.1, 0.5, 0.2]), ['a', 'b', 'c'], k=5)
    assert [n for n, _ in out] == ['b', 'c', 'a']
    assert out[0][1] == pytest.approx(0.5)
