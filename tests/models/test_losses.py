"""ClassWeightedCrossEntropyLoss: weights from the training set, kept in
the state dict."""
import pickle

import pytest
import torch
import torch.nn.functional as F
from mmaction.registry import DATASETS, MODELS

import mmaction_har  # noqa: F401  (registers the loss)
from mmaction_har.errors import HarError, MissingFileError


def _list(tmp_path, labels):
    path = tmp_path / 'train.txt'
    path.write_text(''.join(f'v{i}.mp4 {y}\n' for i, y in enumerate(labels)))
    return str(path)


def _loss(**kwargs):
    return MODELS.build(dict(type='ClassWeightedCrossEntropyLoss', **kwargs))


def test_weights_from_a_video_list(tmp_path):
    # class 0: 6 samples, class 1: 2, class 2: 0 (absent), class 3: 1
    loss = _loss(num_classes=4,
                 ann_file=_list(tmp_path, [0] * 6 + [1] * 2 + [3]))
    loss.set_weights_from(dataset=None)
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
    loss = _loss(num_classes=2, ann_file=str(pkl), split='train')
    loss.set_weights_from(dataset=None)
    # train split: one 0, two 1s -> weights 1 and 1/2, mean 1
    assert torch.allclose(loss.class_weight, torch.tensor([4 / 3, 2 / 3]))
    flat = _loss(num_classes=2, ann_file=str(pkl), split='train', power=0.0)
    flat.set_weights_from(dataset=None)
    assert torch.allclose(flat.class_weight, torch.ones(2))


def test_weights_from_the_training_dataset(tmp_path):
    dataset = DATASETS.build(dict(
        type='LabelMapDataset', source='child', target='child-no-run',
        dataset=dict(type='VideoDataset',
                     ann_file=_list(tmp_path, [0, 0, 2, 4, 4, 4, 6]),
                     pipeline=[])))
    loss = _loss(num_classes=6, power=1.0)
    loss.set_weights_from(dataset)
    # child-no-run: box clap go jog walk wave; run (4) left out
    counts = torch.tensor([2., 0., 1., 0., 0., 1.])
    inv = torch.where(counts > 0, 1 / counts, torch.zeros(6))
    assert torch.allclose(loss.class_weight, inv * 3 / inv.sum())


def test_building_reads_nothing_and_the_state_dict_keeps_the_weights(
        tmp_path):
    missing = str(tmp_path / 'not_here.txt')
    loss = _loss(num_classes=3, ann_file=missing)  # builds: reads nothing
    with pytest.raises(HarError, match='ClassWeightsHook'):
        loss(torch.randn(2, 3), torch.tensor([0, 1]))
    with pytest.raises(MissingFileError, match='annotation file not found'):
        loss.set_weights_from(dataset=None)
    loss.set_weights([0, 0, 0, 1, 2, 2])
    state = loss.state_dict()
    restored = _loss(num_classes=3, ann_file=missing)
    restored.load_state_dict(state)
    assert torch.equal(restored.class_weight, loss.class_weight)
    scores = torch.randn(4, 3)
    assert torch.isfinite(restored(scores, torch.tensor([0, 1, 2, 2])))


def test_errors():
    with pytest.raises(HarError, match='expected 0-2'):
        _loss(num_classes=3).set_weights([0, 5])
