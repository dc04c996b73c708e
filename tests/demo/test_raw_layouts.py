"""The demo corpus re-published as raw KTH / child layouts, through the
importers."""
import json
import pickle

import numpy as np
import pytest

from mmaction_har.demo.raw_layouts import (CHILD_ACTIONS, kth_person_split,
                                           write_raw_layouts)
from mmaction_har.errors import HarError
from mmaction_har.importers.child.prepare import prepare_child
from mmaction_har.importers.kth.prepare import parse_person_splits, prepare_kth


@pytest.fixture(scope='module')
def raw(tiny_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp('raw')
    write_raw_layouts(str(tiny_corpus), str(out), bast=False)
    return tiny_corpus, out


def test_kth_layout_through_the_importer(raw, tmp_path):
    corpus, out = raw
    meta = json.loads((corpus / 'corpus.json').read_text())
    persons = parse_person_splits(kth_person_split(str(corpus)))
    result = prepare_kth(str(out / 'kth' / '00sequences.txt'),
                         str(out / 'kth' / 'videos'), str(tmp_path / 'kth'),
                         media='open', progress=False,
                         person_splits=persons)
    assert result.problems == [] and result.absent == []
    for split in ('train', 'val', 'test'):
        want = sorted((c['subject'] + 1, c['label'], c['action'])
                      for c in meta['clips'] if c['split'] == split)
        got = sorted((x['person'], x['label'], x['path'].split('/')[0])
                     for x in result.samples[split])
        assert got == want
        assert all((x['start'], x['end']) == (1, 16)
                   for x in result.samples[split])


def test_child_layout_through_the_importer(raw, tmp_path):
    corpus, out = raw
    with open(corpus / 'pose.pkl', 'rb') as f:
        source = pickle.load(f)
    by_name = {a['frame_dir']: a for a in source['annotations']}
    res = prepare_child(str(out / 'child' / 'openpose'), str(tmp_path),
                        keypoints=17, actions='box,clap,jog,run,walk,wave',
                        metadata=str(out / 'child' / 'children.csv'),
                        split_column='split', img_shape=(64, 64),
                        progress=False,
                        video_root=str(out / 'child' / 'videos'),
                        media='open')
    assert res['problems'] == []
    # RGB lists: same clips, split and labels as the pickle
    for split, names in res['split'].items():
        lines = (tmp_path / f'child_6cls_{split}_videos.txt').read_text()
        label = {a['frame_dir']: a['label'] for a in res['annotations']}
        assert lines.splitlines() == [f'{n}.mp4 {label[n]}' for n in names]
    action_of = {v: k for k, v in CHILD_ACTIONS.items()}
    for ann in res['annotations']:
        child, action, clip = ann['frame_dir'].split('/')
        orig = by_name[f'{action_of[action]}_s{int(child[5:]) - 1:02d}_'
                       f'c{clip[1:]}']
        seen = orig['keypoint_score'] > 0
        np.testing.assert_array_equal(ann['keypoint_score'] > 0, seen)
        np.testing.assert_allclose(ann['keypoint'][seen],
                                   orig['keypoint'][seen], atol=1e-3)
        assert res['classes'][ann['label']] == action
        assert 'split' not in ann and 'height_frac' in ann
    # the corpus split, by child
    for split, names in res['split'].items():
        subjects = {int(n.split('/')[0][5:]) - 1 for n in names}
        assert subjects == set(source_split(corpus)[split])


def source_split(corpus):
    return json.loads((corpus / 'corpus.json').read_text())['splits']


def test_child_split_column_errors(raw, tmp_path):
    _, out = raw
    table = tmp_path / 'children.csv'
    table.write_text((out / 'child' / 'children.csv').read_text().replace(
        ',test,', ',holdout,', 1))
    with pytest.raises(HarError, match="column 'split' is 'holdout', "
                       'expected one of train, val, test'):
        prepare_child(str(out / 'child' / 'openpose'), str(tmp_path / 'o'),
                      keypoints=17, actions='box,clap,jog,run,walk,wave',
                      metadata=str(table), split_column='split',
                      progress=False)
    with pytest.raises(HarError, match='needs the metadata table'):
        prepare_child(str(out / 'child' / 'openpose'), str(tmp_path / 'o'),
                      keypoints=17, split_column='split', progress=False)


def test_demo_import_commands(tiny_corpus, tmp_path):
    """The commands `make demo` runs, as subprocesses, on a tiny corpus."""
    import shutil
    import subprocess
    import sys

    from mmaction_har.cli.demo import import_steps
    from tests.conftest import REPO
    data = tmp_path / 'demo'
    shutil.copytree(tiny_corpus, data)
    tools = f'{REPO}/tools'
    # BAST: its own generator and importer are tested in test_bast_prepare
    steps = [[sys.executable, f'{tools}/data/make_demo_raw.py', str(data),
              '--no-bast']]
    steps += [c for c in import_steps(sys.executable, tools, str(data))
              if not c[1].endswith('prepare_bast.py')]
    for cmd in steps:
        res = subprocess.run(cmd, capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
    lines = (data / 'kth' / 'kth_test_videos.txt').read_text().splitlines()
    assert lines[0] == 'boxing/person04_boxing_d1.mp4 1 16 3'
    assert len(lines) == 6
    with open(data / 'child' / 'child_6cls_17kp.pkl', 'rb') as f:
        pose = pickle.load(f)
    assert pose['annotations'][0]['img_shape'] == (64, 64)
    assert {k: len(v) for k, v in pose['split'].items()} == dict(
        train=12, val=6, test=6)
    assert len((data / 'child' / 'child_6cls_test_videos.txt').read_text(
    ).splitlines()) == 6
