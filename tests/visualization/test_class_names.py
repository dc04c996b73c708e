"""Class names of Grad-CAM captions: found next to the config's data."""
from types import SimpleNamespace

import numpy as np
from mmengine.config import Config

from mmaction_har.visualization.inputs import (class_names,
                                               classes_file_near,
                                               config_test_ann_file)
from mmaction_har.visualization.panels import class_lines


def test_names_next_to_the_annotation_file(tmp_path):
    kth = tmp_path / 'kth'
    kth.mkdir()
    (kth / 'kth_test_videos.txt').write_text('a.avi 0 1 9 2\n')
    (kth / 'kth_classes.txt').write_text('boxing\nhandclapping\nrunning\n')
    ann = str(kth / 'kth_test_videos.txt')
    assert classes_file_near(ann) == str(kth / 'kth_classes.txt')
    assert class_names(3, ann_file=ann) == ['boxing', 'handclapping',
                                            'running']
    # demo corpus and BAST: classes.txt wins; none: ``class N``
    (kth / 'classes.txt').write_text('x\ny\nz\n')
    assert classes_file_near(ann) == str(kth / 'classes.txt')
    assert class_names(2, ann_file=str(tmp_path / 'none.txt')) == [
        'class 0', 'class 1']


def test_config_test_ann_file_through_wrappers():
    cfg = Config(dict(test_dataloader=dict(dataset=dict(
        type='LabelMapDataset', dataset=dict(ann_file='data/kth/t.txt')))))
    assert config_test_ann_file(cfg) == 'data/kth/t.txt'
    assert config_test_ann_file(Config(dict())) is None


def test_caption_shows_the_class_name():
    result = SimpleNamespace(pred=2, target=2, probs=np.array([.1, .2, .7]))
    assert class_lines(result, ['boxing', 'handclapping', 'running'], 0) == [
        'pred running 0.70 | gt boxing', 'CAM of running']
    assert class_lines(result, ['class 0', 'class 1', 'class 2'])[1] == \
        'CAM of class 2'
