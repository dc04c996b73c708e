"""ClassWeightedCrossEntropyLoss: weights from the training annotations."""
import pickle

import pytest
import torch
import torch.nn.functional as F
from mmaction.registry import MODELS

import mmaction_har  # noqa: F401  (registers the loss)
from mmaction_har.errors import HarError, MissingFileError


def _list(tmp_path, labels):
    path = tmp_path / 'train.txt'
    path.write_text(''.join(f'v{i}.mp4 {y}\n' for i, y in enumerate(labels)))
    return str(path)


def test_weights_from_a_video_list(tmp_path):
    # class 0: 6 samples, class 1: 2, class 2: 0 (absent), class 3: 1
    ann = _list(tmp_path, [0] * 6 + [1] * 2 + [3])
    loss = MODELS.build(dict(type='ClassWeightedCrossEntropyLoss',
                             ann_file=ann, num_classes=4))
    inv = torch.tensor([1 / 6, 1 / 2, 0., 1.])
    expected = inv * 3 / inv.sum()  # mean 1 over the 3 present classes
    assert torch.allclose(loss.class_weight, expected)
    scores = torch.randn(5, 4)
    target = torch.tensor([0, 1, 3, 0, 1])
    assert torch.allclose(loss(scores, target),
                          F.cross_entropy(scores, target, weight=expected))


def test_weights_from_a_pose_split(tmp_path):
    pkl = tmp_path / 'pose.pkl'
    annos = [dict(frame_dir=f'c{i}', label=y)
             for i, y in enumerate([0, 0, 0, 1, 1, 1, 1, 1, 1])]
    with open(pkl, 'wb') as f:
        pickle.dump(dict(split=dict(train=['c0', 'c3', 'c4'],
                                    test=['c1', 'c2']),
                         annotations=annos), f)
    loss = MODELS.build(dict(type='ClassWeightedCrossEntropyLoss',
                             ann_file=str(pkl), split='train',
                             num_classes=2, power=1.0))
    # train split: one 0, two 1s -> weights 1 and 1/2, mean 1
    assert torch.allclose(loss.class_weight, torch.tensor([4 / 3, 2 / 3]))
    flat = MODELS.build(dict(type='ClassWeightedCrossEntropyLoss',
                             ann_file=str(pkl), split='train',
                             num_classes=2, power=0.0))
    assert torch.allclose(flat.class_weight, torch.ones(2))


def test_errors(tmp_path):
    with pytest.raises(MissingFileError, match='annotation file not found'):
        MODELS.build(dict(type='ClassWeightedCrossEntropyLoss',
                          ann_file=str(tmp_path / 'no.txt'), num_classes=3))
    ann = _list(tmp_path, [0, 5])
    with pytest.raises(HarError, match='expected 0-2'):
        MODELS.build(dict(type='ClassWeightedCrossEntropyLoss',
                          ann_file=ann, num_classes=3))
