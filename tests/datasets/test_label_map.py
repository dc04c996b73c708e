"""LabelMapDataset: KTH <-> child mapping and child class exclusion."""
import pickle

import numpy as np
import pytest
from mmaction.registry import DATASETS
from mmengine.registry import init_default_scope

import mmaction_har  # noqa: F401
from mmaction_har.datasets.label_map import (CLASS_SETS, LabelMapDataset,
                                             label_mapping)
from mmaction_har.errors import HarError


def test_kth_child_mapping_both_ways():
    kth, child = CLASS_SETS['kth'], CLASS_SETS['child']
    to_kth = label_mapping('child', 'kth')
    assert {child[s]: kth[t] for s, t in to_kth.items()} == {
        'box': 'boxing', 'clap': 'handclapping', 'wave': 'handwaving',
        'jog': 'jogging', 'run': 'running', 'walk': 'walking'}
    to_child = label_mapping('kth', 'child')
    assert to_child == {t: s for s, t in to_kth.items()}
    # 'go' has no KTH counterpart
    assert child.index('go') not in to_kth


def test_exclusion_renumbers_in_importer_order():
    mapping = label_mapping('child', 'child-no-run-go')
    kept = CLASS_SETS['child-no-run-go']
    assert kept == ('box', 'clap', 'jog', 'walk', 'wave')
    assert mapping == {0: 0, 1: 1, 3: 2, 5: 3, 6: 4}


def test_bad_names_are_errors():
    with pytest.raises(HarError, match='class set'):
        label_mapping('child', 'ucf')
    with pytest.raises(HarError, match=r"\['fly'\]"):
        label_mapping('child', 'kth', mapping={'fly': 'boxing'})


@pytest.fixture
def child_pickle(tmp_path):
    """A 7-class child-style pose pickle, one test clip per action."""
    rng = np.random.RandomState(0)
    annos = [dict(frame_dir=f'clip{label}', label=label, total_frames=10,
                  img_shape=(64, 64),
                  keypoint=rng.rand(1, 10, 17, 2).astype(np.float32) * 64,
                  keypoint_score=np.ones((1, 10, 17), np.float32))
             for label in range(7)]
    path = tmp_path / 'child.pkl'
    with open(path, 'wb') as f:
        pickle.dump(dict(split=dict(test=[a['frame_dir'] for a in annos]),
                         annotations=annos), f)
    return str(path)


def test_wraps_a_real_dataset(child_pickle):
    init_default_scope('mmaction')
    dataset = DATASETS.build(dict(
        type='LabelMapDataset', source='child', target='kth',
        dataset=dict(type='PoseDataset', ann_file=child_pickle, split='test',
                     pipeline=[dict(type='UniformSampleFrames', clip_len=4,
                                    test_mode=True),
                               dict(type='PoseDecode'),
                               dict(type='PackActionInputs')],
                     test_mode=True)))
    assert isinstance(dataset, LabelMapDataset)
    assert len(dataset) == 6  # 'go' (label 2) left out
    assert dataset.metainfo['classes'] == CLASS_SETS['kth']
    kth, child = CLASS_SETS['kth'], CLASS_SETS['child']
    for idx in range(len(dataset)):
        info = dataset.get_data_info(idx)
        source = child[int(info['frame_dir'][4:])]
        assert kth[info['label']].startswith(
            {'clap': 'handclap', 'wave': 'handwav'}.get(source, source))
        packed = dataset[idx]
        assert int(packed['data_samples'].gt_label) == info['label']
        assert packed['inputs'].shape[1] == 4  # frames sampled


def test_label_outside_the_source_classes(child_pickle, tmp_path):
    with open(child_pickle, 'rb') as f:
        data = pickle.load(f)
    data['annotations'][0]['label'] = 9
    bad = tmp_path / 'bad.pkl'
    with open(bad, 'wb') as f:
        pickle.dump(data, f)
    init_default_scope('mmaction')
    with pytest.raises(HarError, match=r'bad.pkl: sample 0 has label 9'):
        LabelMapDataset(dict(type='PoseDataset', ann_file=str(bad),
                             split='test', pipeline=[]),
                        source='child', target='child-no-run')
