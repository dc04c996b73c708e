"""Original <-> input geometry from the pipeline's crop records."""
import numpy as np
import pytest

from mmaction_har.visualization.geometry import Geometry
from mmaction_har.visualization.inputs import sample_info
from mmaction_har.visualization.sample import (find_pose_entry,
                                               load_pose_file, prepare_sample)


def test_matrix_crop_resize_flip():
    g = Geometry(original_shape=(100, 200), input_shape=(50, 50),
                 quadruple=(0.25, 0.0, 0.5, 1.0), flip=False)
    pts = np.array([[50., 0.], [150., 100.], [100., 50.]])
    np.testing.assert_allclose(g.to_input(pts),
                               [[0, 0], [50, 50], [25, 25]])
    flipped = Geometry((100, 200), (50, 50), (0.25, 0.0, 0.5, 1.0), True)
    np.testing.assert_allclose(flipped.to_input(pts)[:, 0], [50, 0, 25])


def test_warp_round_trip():
    g = Geometry((100, 200), (50, 50), (0.25, 0.0, 0.5, 1.0))
    marker = np.zeros((50, 50), np.float32)
    marker[10, 40] = 1.0
    back = g.warp_to_original(marker)
    assert back.shape == (100, 200)
    y, x = np.unravel_index(back.argmax(), back.shape)
    np.testing.assert_allclose(g.to_input([x, y]), [40, 10], atol=1.0)
    assert back[:, :45].max() == 0  # outside the crop: nothing
    mask = np.zeros((100, 200), np.uint8)
    mask[:, 100:] = 1
    assert g.warp_to_input(mask)[:, 26:].all()
    assert not g.warp_to_input(mask)[:, :24].any()


def test_rgb_centre_crop(tiny_models, clip):
    cam_model = tiny_models('slowonly')[2]
    info, _, _ = sample_info(cam_model.cfg, clip)
    sample = prepare_sample(cam_model.cfg, info)
    g = sample.geometry
    # 340x256 -> short side 64 (85x64) -> centre crop 56.
    assert g.original_shape == (256, 340) and g.input_shape == (56, 56)
    centre = g.to_input([[170., 128.]])[0]
    np.testing.assert_allclose(centre, [28, 28], atol=0.6)
    assert list(sample.frame_inds) == sorted(sample.frame_inds)
    assert len(sample.frame_inds) == 8


def test_corrupt_video_is_named(tiny_models, tmp_path):
    from mmaction_har.errors import HarError
    cam_model = tiny_models('slowonly')[2]
    bad = tmp_path / 'bad.mp4'
    bad.write_text('not a video\n')
    with pytest.raises(HarError, match=f'{bad}: cannot read it '
                       r'\(RuntimeError: '):
        prepare_sample(cam_model.cfg, dict(filename=str(bad)))


def test_pose_keypoints_sit_on_heatmap_peaks(tiny_models, tiny_corpus):
    """Keypoints mapped through PoseCompact + Resize hit the heatmaps."""
    cam_model = tiny_models('pose')[2]
    anns, data = load_pose_file(str(tiny_corpus / 'pose.pkl'))
    entry = find_pose_entry(anns, data['split']['test'][0])
    sample = prepare_sample(cam_model.cfg, entry)
    assert sample.kind == 'pose' and sample.heatmaps.shape == (8, 17, 32, 32)
    assert sample.keypoint.shape == (1, 8, 17, 2)
    for t in (0, 4, 7):
        for k in range(17):
            if sample.keypoint_score[0, t, k] < 0.5:
                continue
            x, y = sample.keypoint[0, t, k]
            if not (1 <= x < 31 and 1 <= y < 31):
                continue
            peak = np.unravel_index(sample.heatmaps[t, k].argmax(),
                                    (32, 32))
            assert abs(peak[1] - x) <= 1.0 and abs(peak[0] - y) <= 1.0


@pytest.mark.parametrize('key', ['walking_s99_c0', 99])
def test_missing_pose_entry(tiny_corpus, key):
    from mmaction_har.errors import HarError
    anns, _ = load_pose_file(str(tiny_corpus / 'pose.pkl'))
    with pytest.raises(HarError, match='pose file'):
        find_pose_entry(anns, key)
