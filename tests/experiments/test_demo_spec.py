"""configs/experiments/demo.yaml end to end, unchanged, on a tiny corpus.

The spec names ``configs/posec3d/demo.py``, ``configs/slowonly/demo.py`` and
(through its no-bg variant) ``configs/slowonly/demo_no-bg.py`` relative to
the working directory. The test runs the runner from a folder whose
``configs/`` holds three small configs inheriting the real ones and pointing
them at a tiny demo corpus taken through the same importers and background
stripping as ``make demo-experiments``; the five runs then train, test and
land in the comparison table.
"""
import csv
import os.path as osp

import pytest

from mmaction_har.background.runner import strip_list
from mmaction_har.background.strip import StripOptions
from mmaction_har.demo.raw_layouts import (CHILD_ACTIONS, kth_person_split,
                                           write_raw_layouts)
from mmaction_har.importers.child.prepare import prepare_child
from mmaction_har.importers.kth.prepare import parse_person_splits, prepare_kth
from tests.conftest import REPO

from .test_execute import _tool

LOADER = ("dict(batch_size=4, num_workers=0, persistent_workers=False, "
          "dataset=dict({}))")


def _loaders(**by_split):
    return '\n'.join(f'{s}_dataloader = ' + LOADER.format(args)
                     for s, args in by_split.items()) + '\n'


@pytest.fixture(scope='module')
def demo_root(tiny_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp('demo_spec')
    data = root / 'data'
    write_raw_layouts(str(tiny_corpus), str(data / 'raw'), bast=False)
    prepare_kth(str(data / 'raw/kth/00sequences.txt'),
                str(data / 'raw/kth/videos'), str(data / 'kth'),
                media='exists', progress=False,
                person_splits=parse_person_splits(
                    kth_person_split(str(tiny_corpus))))
    prepare_child(str(data / 'raw/child/openpose'), str(data / 'child'),
                  keypoints=17, actions=','.join(sorted(
                      CHILD_ACTIONS.values())),
                  metadata=str(data / 'raw/child/children.csv'),
                  split_column='split', img_shape=(64, 64), progress=False)
    for split in ('train', 'val', 'test'):
        strip_list(str(data / f'kth/kth_{split}_videos.txt'),
                   str(data / 'raw/kth/videos'), str(data / 'nobg/videos'),
                   str(data / f'nobg/kth_{split}_videos.txt'),
                   StripOptions(method='seg'), progress=False)
    configs = root / 'configs'
    (configs / 'posec3d').mkdir(parents=True)
    (configs / 'slowonly').mkdir()
    pkl = repr(str(data / 'child/child_6cls_17kp.pkl'))
    (configs / 'posec3d' / 'demo.py').write_text(
        f"_base_ = [{osp.join(REPO, 'configs/posec3d/demo.py')!r}]\n" +
        _loaders(**{s: f'ann_file={pkl}'
                    for s in ('train', 'val', 'test')}))
    for name, lists, videos in (('demo', 'kth', 'raw/kth/videos'),
                                ('demo_no-bg', 'nobg', 'nobg/videos')):
        prefix = f"data_prefix=dict(video={str(data / videos)!r})"
        ann = {s: repr(str(data / lists / f'kth_{s}_videos.txt'))
               for s in ('train', 'val', 'test')}
        (configs / 'slowonly' / f'{name}.py').write_text(
            f"_base_ = [{osp.join(REPO, 'configs/slowonly/demo.py')!r}]\n" +
            _loaders(**{s: f'ann_file={a}, {prefix}'
                        for s, a in ann.items()}))
    return root


def test_demo_spec_end_to_end(demo_root, capsys, monkeypatch):
    monkeypatch.chdir(demo_root)
    work = demo_root / 'work'
    code, out, err = _tool([osp.join(REPO, 'configs/experiments/demo.yaml'),
                            '--work-root', str(work)], capsys)
    assert code == 0, err[-3000:]
    with open(work / 'demo' / 'comparison.csv') as f:
        rows = list(csv.DictReader(f))
    assert [(r['run'], r['status']) for r in rows] == [
        ('posec3d_demo_lr0.05_seed0', 'done'),
        ('posec3d_demo_lr0.05_seed1', 'done'),
        ('posec3d_demo_lr0.0125_seed0', 'done'),
        ('slowonly_demo_original_seed0', 'done'),
        ('slowonly_demo_no-bg_seed0', 'done')]
    for row in rows:
        assert 0 <= float(row['top1']) <= 100
    assert [r['epochs'] for r in rows] == ['2', '2', '2', '4', '4']
    table = (work / 'demo' / 'comparison.md').read_text()
    assert '| slowonly_demo_no-bg_seed0 | `configs/slowonly/demo_no-bg.py`' \
        in table
    assert (work / 'demo' / 'comparison_top1.png').stat().st_size > 0
    # every run wrote its report
    assert (work / 'demo' / 'slowonly_demo_no-bg_seed0' / 'report' /
            'report.html').is_file()
