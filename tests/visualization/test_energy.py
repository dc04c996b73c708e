"""Energy share of CAMs inside person masks."""
import numpy as np
import pytest

from mmaction_har.errors import HarError
from mmaction_har.visualization.energy import (energy_share, keypoint_mask,
                                               random_share)


def _figure():
    """One person, 2 frames: a 17-point stick figure in a 40x40 frame."""
    kp = np.zeros((1, 2, 17, 2), np.float32)
    kp[0, :, :, 0] = np.linspace(10, 20, 17)
    kp[0, :, :, 1] = np.linspace(5, 35, 17)
    return kp


def test_bbox_mask():
    kp = _figure()
    mask = keypoint_mask(kp, None, (40, 40), 'bbox', pad=0.0)
    assert mask.shape == (2, 40, 40)
    assert mask[0, 5:35, 10:20].all() and mask[0].sum() == 30 * 10
    padded = keypoint_mask(kp, None, (40, 40), 'bbox', pad=0.1)
    assert padded[0].sum() > mask[0].sum()
    # Joints with no confidence are ignored.
    score = np.ones((1, 2, 17))
    score[0, 1] = 0
    assert not keypoint_mask(kp, score, (40, 40), 'bbox')[1].any()


def test_limb_mask_inside_bbox():
    kp = _figure()
    limbs = keypoint_mask(kp, None, (40, 40), 'limbs', pad=0.1)
    box = keypoint_mask(kp, None, (40, 40), 'bbox', pad=0.3)
    assert limbs.any() and not (limbs & ~box).any()
    with pytest.raises(HarError, match='mask mode'):
        keypoint_mask(kp, None, (40, 40), 'blob')


def test_energy_share_values():
    mask = np.zeros((2, 10, 10), bool)
    mask[:, :5] = True
    inside = mask.astype(np.float32)
    assert energy_share(inside, mask) == dict(energy=1.0, area=0.5,
                                              concentration=2.0)
    uniform = energy_share(np.ones((2, 10, 10)), mask)
    assert uniform['energy'] == pytest.approx(0.5)
    assert uniform['concentration'] == pytest.approx(1.0)
    assert np.isnan(energy_share(np.zeros((2, 10, 10)), mask)['energy'])


def test_random_maps_score_their_area():
    mask = np.zeros((8, 32, 32), bool)
    mask[:, 8:24, 4:12] = True  # area 1/8
    share = random_share(mask, (4, 4, 4), num=50)
    assert share == pytest.approx(mask.mean(), abs=0.03)
