"""The streaming detector against the naive per-window path."""
import numpy as np
import pytest
import torch

from mmaction_har.apis import load_recognizer
from mmaction_har.detection import StreamingDetector, naive_scores
from mmaction_har.detection import detector as detector_module
from mmaction_har.detection.naive import naive_window_input
from mmaction_har.detection.windows import Window
from mmaction_har.errors import HarError

from ..apis.helpers import (CLASSES, POSEC3D, SLOWONLY,
                            save_random_checkpoint, write_video)


@pytest.fixture(scope='module')
def model(tmp_path_factory):
    ckpt = str(tmp_path_factory.mktemp('det') / 'rgb.pth')
    save_random_checkpoint(SLOWONLY, ckpt, seed=5)
    return load_recognizer(SLOWONLY, ckpt, classes=CLASSES)


def _record_inputs(monkeypatch):
    """Capture the packed inputs of every batched model call."""
    seen = []
    real = detector_module.predict_batch

    def recording(model, batch):
        seen.extend(b['inputs'].clone() for b in batch)
        return real(model, batch)

    monkeypatch.setattr(detector_module, 'predict_batch', recording)
    return seen


def test_streaming_equals_naive_on_a_real_video(model, shared_data,
                                                monkeypatch):
    video = f'{shared_data}/videos/pool_cleaning.mp4'  # 300 frames, 30 fps
    seen = _record_inputs(monkeypatch)
    det = StreamingDetector(model, window=2.0, stride=1.5, batch_size=3)
    result = det.run(video)
    assert [(w.start, w.end) for w in result.windows] == [
        (0, 60), (45, 105), (90, 150), (135, 195), (180, 240), (225, 285),
        (240, 300)]
    # Every window's input is exactly what the config's pipeline makes.
    for window, streamed in zip(result.windows, seen):
        naive = naive_window_input(model, video, window)['inputs']
        assert torch.equal(streamed, naive), window
    naive = naive_scores(model, video, result.windows)
    np.testing.assert_allclose(result.scores, naive, atol=1e-5)
    assert result.scores.shape == (7, 6)
    assert result.stats['model_calls'] == 3  # 3 + 3 + 1 windows
    # Every frame decoded once; only sampled ones (16 of each 60-frame
    # window) converted and transformed.
    assert result.stats['frames_decoded'] == 300
    assert result.stats['frames_used'] < 300 // 2


def test_buffer_is_bounded_whatever_the_length(model, tmp_path):
    peaks = []
    for seconds in (8, 32):
        video = write_video(tmp_path / f'{seconds}.mp4', seconds * 25)
        det = StreamingDetector(model, window=2.0, stride=1.0, batch_size=8)
        result = det.run(video)
        assert result.windows[-1].end == seconds * 25
        peaks.append(result.stats['peak_frames_held'])
    # Frames held: sampled frames of the windows overlapping the decoding
    # position (2 here), the same for a 4x longer video.
    offsets = model.pipeline.needed_offsets(50)
    assert peaks[0] == peaks[1] <= 2 * len(offsets)


def test_pose_model_with_a_frame_callable(tmp_path):
    """Skeleton models read poses from a per-frame callable."""
    ckpt = str(tmp_path / 'pose.pth')
    save_random_checkpoint(POSEC3D, ckpt, seed=2)
    model = load_recognizer(POSEC3D, ckpt, classes=CLASSES)
    video = write_video(tmp_path / 'v.mp4', 100, size=(64, 48))
    calls = []

    def pose_fn(frame):
        # A deterministic "pose" from the frame's content.
        calls.append(1)
        base = frame[::8, ::8, 0].astype(np.float32).reshape(-1)[:17]
        kp = np.stack([base % 64, base % 48], axis=1)[None]
        return dict(keypoints=kp, keypoint_scores=np.ones((1, 17)))

    det = StreamingDetector(model, window=2.0, stride=1.0, batch_size=2,
                            pose_fn=pose_fn)
    result = det.run(video)
    assert result.scores.shape == (3, 6)
    assert len(calls) == result.stats['frames_used'] < 100
    # Same scores as the full pipeline on the poses of every window frame.
    import decord

    from mmaction_har.apis import recognize
    reader = decord.VideoReader(video)
    frames = reader.get_batch(list(range(100))).asnumpy()
    for window, row in zip(result.windows, result.scores):
        poses = [pose_fn(f) for f in frames[window.start:window.end]]
        keypoint = np.stack([p['keypoints'][0] for p in poses])[None]
        pose = dict(keypoint=keypoint, img_shape=(48, 64),
                    keypoint_score=np.ones((1, window.length, 17)))
        np.testing.assert_allclose(recognize(model, pose).scores, row,
                                   atol=1e-5)
    with pytest.raises(HarError, match='give a pose extractor'):
        StreamingDetector(model)


def test_window_past_the_end_is_refused(model, shared_data):
    video = f'{shared_data}/videos/pool_cleaning.mp4'
    with pytest.raises(HarError, match='outside the video'):
        naive_window_input(model, video, Window(0, 290, 60))
