"""ClassBalancedSampler and the class-weight helpers."""
import pickle

import numpy as np
import pytest
import torch
from mmaction.registry import DATA_SAMPLERS
from mmengine.dataset import BaseDataset
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.datasets.samplers import (ClassBalancedSampler,
                                            class_weights, read_labels)
from mmaction_har.errors import HarError

# 90 samples of class 0, 9 of class 1, 1 of class 2
LABELS = [0] * 90 + [1] * 9 + [2]


class Labelled(BaseDataset):
    """A real mmengine dataset whose annotations are just labels."""

    def __init__(self, labels):
        self.labels = labels
        super().__init__(ann_file='', serialize_data=False)

    def load_data_list(self):
        return [dict(label=label) for label in self.labels]


def test_built_from_the_registry_oversamples_rare_classes():
    init_default_scope('mmaction')
    sampler = DATA_SAMPLERS.build(
        dict(type='ClassBalancedSampler', seed=0),
        default_args=dict(dataset=Labelled(LABELS)))
    assert isinstance(sampler, ClassBalancedSampler)
    assert len(sampler) == len(LABELS)
    counts = np.zeros(3)
    for epoch in range(30):
        sampler.set_epoch(epoch)
        indices = list(sampler)
        assert len(indices) == len(LABELS)
        counts += np.bincount(np.asarray(LABELS)[indices], minlength=3)
    shares = counts / counts.sum()
    # each class ~1/3 (3000 draws: a 0.05 margin is > 5 standard errors)
    np.testing.assert_allclose(shares, [1 / 3] * 3, atol=0.05)


def test_power_interpolates_towards_uniform():
    sampler = ClassBalancedSampler(Labelled(LABELS), power=0.5, seed=0)
    expected = np.sqrt([90, 9, 1]) / np.sqrt([90, 9, 1]).sum()
    weights = sampler.weights.numpy()
    per_class = [weights[np.asarray(LABELS) == c].sum() for c in range(3)]
    np.testing.assert_allclose(per_class, expected)
    uniform = ClassBalancedSampler(Labelled(LABELS), power=0, seed=0)
    np.testing.assert_allclose(uniform.weights.numpy(), 1 / len(LABELS))


def test_seeded_and_epoch_aware():
    dataset = Labelled(LABELS)
    a = ClassBalancedSampler(dataset, seed=3)
    b = ClassBalancedSampler(dataset, seed=3)
    assert list(a) == list(b)
    first = list(a)
    a.set_epoch(1)
    assert list(a) != first


def test_ranks_split_one_draw(monkeypatch):
    """Two ranks see disjoint halves of the same seeded draw."""
    dataset = Labelled(LABELS[:-1])  # 99 samples: padded to 100
    per_rank = []
    for rank in (0, 1):
        monkeypatch.setattr('mmaction_har.datasets.samplers.get_dist_info',
                            lambda rank=rank: (rank, 2))
        sampler = ClassBalancedSampler(dataset, seed=7)
        assert len(sampler) == 50
        per_rank.append(list(sampler))
    generator = torch.Generator()
    generator.manual_seed(7)
    full = torch.multinomial(sampler.weights, 100, replacement=True,
                             generator=generator).tolist()
    assert per_rank[0] == full[0::2] and per_rank[1] == full[1::2]


def test_rejects_unlabelled_samples():
    with pytest.raises(HarError, match='one integer label'):
        ClassBalancedSampler(Labelled([[0, 1]]), seed=0)


def test_class_weights_from_list_and_pickle(tmp_path):
    lst = tmp_path / 'train.txt'
    lst.write_text('a.mp4 0\nb.mp4 0\nc.mp4 0\nd.mp4 2\n\n')
    labels = read_labels(str(lst))
    assert labels.tolist() == [0, 0, 0, 2]
    weights = class_weights(labels, num_classes=3)
    # count ** -1 = (1/3, -, 1), scaled to mean 1 over present classes
    assert weights == pytest.approx([0.5, 0.0, 1.5])

    pkl = tmp_path / 'pose.pkl'
    annos = [dict(frame_dir=f's{i}', label=label)
             for i, label in enumerate([0, 1, 1, 1])]
    with open(pkl, 'wb') as f:
        pickle.dump(dict(split=dict(train=['s0', 's1', 's2'], test=['s3']),
                         annotations=annos), f)
    assert read_labels(str(pkl), split='train').tolist() == [0, 1, 1]
    with pytest.raises(HarError, match="no split 'val'"):
        read_labels(str(pkl), split='val')


def test_bad_label_file_names_the_line(tmp_path):
    lst = tmp_path / 'bad.txt'
    lst.write_text('a.mp4 0\nb.mp4 walking\n')
    with pytest.raises(HarError, match=r'bad.txt:2: .*walking'):
        read_labels(str(lst))
    with pytest.raises(HarError, match='expected 0-1'):
        class_weights([0, 3], num_classes=2)
