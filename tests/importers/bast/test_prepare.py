"""BAST importer end to end on the generated raw layout (and the
generator of that layout, :mod:`mmaction_har.demo.bast_raw`)."""
import hashlib
import json
import os
import os.path as osp
import shutil

import numpy as np
import pytest

from mmaction_har.importers.bast import WindowSpec, prepare_bast
from mmaction_har.importers.bast.domains import read_ranges
from mmaction_har.importers.bast.eaf import parse_eaf
from mmaction_har.importers.bast.mapping import load_mapping, read_offsets
from mmaction_har.importers.bast.prepare import DEFAULT_MAPPING
from mmaction_har.importers.bast.segments import label_segments
from mmaction_har.importers.bast.split import SPLITS

#: A small, fast raw corpus (4 s windows suit its segment lengths).
SMALL = dict(num_recordings=4, size=32, fps=10,
             durations=((4.2, 5.0), (6.2, 7.0), (2.0, 3.0)),
             domain_range=4.2)


@pytest.fixture(scope='session')
def bast_raw(tmp_path_factory):
    from mmaction_har.demo.bast_raw import make_bast_raw
    root = tmp_path_factory.mktemp('bast_raw')
    truth = make_bast_raw(str(root), **SMALL)
    return root, truth


def test_layout_and_ground_truth(bast_raw):
    import decord
    root, truth = bast_raw
    assert json.loads((root / 'bast_raw.json').read_text()) == truth
    assert sorted(truth['recordings']) == [f's0{i}_teil1' for i in (1, 2, 3,
                                                                    4)]
    assert truth['recordings']['s03_teil1']['video'].endswith('.MTS')
    offsets = read_offsets(str(root / 'offsets.csv'))
    assert offsets == {'s02_teil1': -2.0}
    mapping = load_mapping(DEFAULT_MAPPING)
    base = mapping.sets['base']
    for rec, info in truth['recordings'].items():
        reader = decord.VideoReader(str(root / info['video']))
        assert reader.get_avg_fps() == 10 and reader[0].shape == (32, 32, 3)
        assert len(reader) / 10 > info['segments'][-1][2]
        doc = parse_eaf(str(root / info['eaf']))
        segs = label_segments(doc, rec, base, mapping.claimed_tiers('base'),
                              offsets.get(rec, 0.0))
        # German variants and shifted ELAN times map back to the truth
        assert [(base.classes[s.label], round(s.start, 3), round(s.end, 3))
                for s in segs] == [tuple(x) for x in info['segments']]
    classes, ranges = read_ranges(str(root / 'avatar.csv'), 'avatar')
    assert classes == ['water', 'fire', 'air', 'earth']
    assert [(r.recording, r.start, r.label) for r in ranges] == [
        (rec, s, classes.index(label))
        for rec, s, _, label in truth['avatar']]


SPEC = WindowSpec(window=4, stride=2)
TOOL_ARGS = ('--window', 4, '--stride', 2)


def tree_digest(root):
    """``relative path -> md5`` of every file under ``root``."""
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = osp.join(folder, name)
            with open(path, 'rb') as f:
                out[osp.relpath(path, root)] = hashlib.md5(
                    f.read()).hexdigest()
    return out


def read_list(path):
    with open(path) as f:
        return [(p, int(label)) for p, label in
                (line.split() for line in f.read().splitlines())]


@pytest.fixture(scope='module')
def prepared(bast_raw, tmp_path_factory):
    root, truth = bast_raw
    out = tmp_path_factory.mktemp('bast_out')
    result = prepare_bast(str(root), str(out), spec=SPEC, progress=False)
    return root, truth, out, result


def test_outputs(prepared):
    root, truth, out, result = prepared
    assert not result.problems and result.num_cut > 0
    assert (out / 'base' / 'classes.txt').read_text().split() == [
        'walk', 'run', 'jump', 'stamp', 'contract-expand', 'tiptoe',
        'swing-upper-body', 'rotate', 'fall']
    assert len((out / 'eval' / 'classes.txt').read_text().split()) == 42
    recs = {}
    for name in ('base', 'eval'):
        for split in SPLITS:
            items = read_list(out / name / f'{split}.txt')
            assert items or name == 'eval'
            recs.setdefault(split, set()).update(p.split('/')[0]
                                                 for p, _ in items)
            for path, _ in items:
                assert (out / 'clips' / path).is_file()
    assert all(recs[s] for s in SPLITS)
    eval_labels = {label for s in SPLITS
                   for _, label in read_list(out / 'eval' / f'{s}.txt')}
    # fall ratings (whole segments) on "FAL-flow" and hand-typed "FAL flow"
    assert eval_labels & {31, 38}
    assert not (recs['train'] & recs['val'] or recs['train'] &
                recs['test'] or recs['val'] & recs['test'])
    assert sorted(recs['train'] | recs['val'] | recs['test']) == sorted(
        truth['recordings'])
    avatar = read_list(out / 'eval' / 'test_avatar.txt')
    assert [label for _, label in avatar] == [0, 1, 2, 3]
    assert (out / 'eval' / 'classes_avatar.txt').read_text().split() == [
        'water', 'fire', 'air', 'earth']
    assert len(read_list(out / 'eval' / 'test_kinesphere.txt')) == 3
    summary = (out / 'bast_summary.md').read_text()
    assert 'shorter than the 4 s window' in summary
    assert '## Validation problems in the written lists (0)' in summary
    assert not [n for n in os.listdir(out) if n.startswith('.staging')]


def test_windows_follow_the_truth_and_offsets(prepared):
    """Clip starts are segment starts (after offsets) + k * stride; falls
    are whole; short segments have no clip."""
    import decord
    _, truth, out, result = prepared
    fps, win, step = 10, 40, 20
    expected = set()
    for rec, info in truth['recordings'].items():
        for task, start, end in info['segments']:
            first, stop = round(start * fps), round(end * fps)
            if task == 'fall':
                expected.add((rec, first, stop, 8))
                continue
            label = ['walk', 'run', 'jump', 'stamp', 'contract-expand',
                     'tiptoe', 'swing-upper-body', 'rotate',
                     'fall'].index(task)
            k = 0
            while first + k * step + win <= stop:
                expected.add((rec, first + k * step,
                              first + k * step + win, label))
                k += 1
    got = {(c.recording, c.first, c.stop, c.label)
           for s in SPLITS for c in result.clips['base'][s]}
    assert got == expected
    clip = next(c for c in result.clips['base']['train'])
    reader = decord.VideoReader(str(out / 'clips' / clip.path))
    assert len(reader) == clip.stop - clip.first


def test_clip_frames_are_the_source_frames(prepared):
    import decord
    root, truth, out, result = prepared
    clip = next(c for c in result.clips['base']['train'] if c.label != 8)
    src = decord.VideoReader(str(root / truth['recordings'][
        clip.recording]['video']))
    frames = decord.VideoReader(str(out / 'clips' / clip.path))
    source = src.get_batch(list(range(clip.first - 2, clip.stop + 2))
                           ).asnumpy().astype(np.float32)
    unique = 0
    for k in range(0, len(frames), 3):
        img = frames[k].asnumpy().astype(np.float32)
        errors = [np.abs(img - source[k + d]).mean() for d in range(5)]
        # source frame first + k fits best (ties: still frames in gaps)
        assert errors[2] == min(errors) and errors[2] < 8, (k, errors)
        unique += sorted(errors)[1] > errors[2] + 1
    assert unique >= len(frames) // 6


def test_video_dataset_and_pipeline(prepared, har_mmaction_scope):
    from mmaction.datasets import VideoDataset
    _, _, out, _ = prepared
    pipeline = [dict(type='DecordInit'),
                dict(type='SampleFrames', clip_len=8, frame_interval=2,
                     num_clips=1),
                dict(type='DecordDecode'),
                dict(type='FormatShape', input_format='NCTHW'),
                dict(type='PackActionInputs')]
    ds = VideoDataset(ann_file=str(out / 'base' / 'train.txt'),
                      data_prefix=dict(video=str(out / 'clips')),
                      pipeline=pipeline)
    items = read_list(out / 'base' / 'train.txt')
    assert len(ds) == len(items)
    sample = ds[0]
    assert tuple(sample['inputs'].shape) == (1, 3, 8, 32, 32)
    assert int(sample['data_samples'].gt_label) == items[0][1]
    domain = VideoDataset(ann_file=str(out / 'eval' / 'test_avatar.txt'),
                          data_prefix=dict(video=str(out / 'clips')),
                          pipeline=pipeline, test_mode=True)
    assert tuple(domain[3]['inputs'].shape) == (1, 3, 8, 32, 32)


def test_rerun_is_byte_identical_and_interruption_safe(
        prepared, monkeypatch):
    root, _, out, _ = prepared
    before = tree_digest(out)
    again = prepare_bast(str(root), str(out), spec=SPEC, progress=False)
    assert again.num_cut == 0 and again.num_reused > 0
    assert tree_digest(out) == before

    from mmaction_har.importers.bast import outputs

    def interrupted(result):
        raise KeyboardInterrupt
    monkeypatch.setattr(outputs, 'summary', interrupted)
    with pytest.raises(KeyboardInterrupt):
        prepare_bast(str(root), str(out), spec=SPEC, seed=5, progress=False)
    assert tree_digest(out) == before
    assert not [d for d, _, _ in os.walk(out) if '.staging' in d]


def test_tool_options_fixed_test_list(bast_raw, tmp_path, har_tool):
    root, _ = bast_raw
    (tmp_path / 'test.txt').write_text('# fixed\ns04_teil1\n')
    res = har_tool('prepare_bast.py', root, tmp_path / 'o', *TOOL_ARGS,
                   '--labels', 'base', '--test-list', tmp_path / 'test.txt',
                   '--seed', 3)
    assert res.returncode == 0, res.stderr
    assert 'recordings: train 2, val 1, test 1' in res.stdout
    assert sorted(os.listdir(tmp_path / 'o')) == ['base', 'bast_summary.md',
                                                  'clips']
    test = read_list(tmp_path / 'o' / 'base' / 'test.txt')
    assert {p.split('/')[0] for p, _ in test} == {'s04_teil1'}


def test_bad_input_one_error_line(bast_raw, tmp_path, har_tool,
                                  har_run_tool):
    root, _ = bast_raw
    bad = tmp_path / 'raw'
    shutil.copytree(root, bad)
    eaf = bad / 'annotations' / 's02_teil1.eaf'
    eaf.write_text(eaf.read_text().replace('TIME_SLOT_REF2="ts2"',
                                           'TIME_SLOT_REF2="ts77"'))
    res = har_run_tool('prepare_bast.py', bad, tmp_path / 'o', *TOOL_ARGS)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1].startswith(
        f'error: {eaf}: annotation a1: TIME_SLOT_REF2=\'ts77\'')
    assert 'Traceback' not in res.stderr
    assert not (tmp_path / 'o' / 'base').exists()
    assert 'usage:' in har_tool('prepare_bast.py', '--help').stdout
    res = har_tool('prepare_bast.py', tmp_path / 'nothing', tmp_path / 'o')
    assert res.returncode == 1
    assert res.stderr.strip() == ('error: BAST raw folder not found: '
                                  f'{tmp_path / "nothing"}')
    (bad / 'avatar.csv').write_text('s07_teil2,1.0,0.5,water\n')
    eaf.write_text(root.joinpath('annotations', 's02_teil1.eaf').read_text())
    res = har_tool('prepare_bast.py', bad, tmp_path / 'o', *TOOL_ARGS)
    assert res.returncode == 1
    assert res.stderr.strip() == (f'error: {bad / "avatar.csv"}:1: end 0.5 '
                                  's <= start 1.0 s')


def test_double_annotation_mapping(bast_raw, tmp_path, har_tool):
    """``also`` (swing segments of s04 labelled tiptoe too): the second
    label gets its own clip file, as a list may not name a file twice."""
    root, _ = bast_raw
    mapping = tmp_path / 'labels.yaml'
    mapping.write_text(open(DEFAULT_MAPPING, encoding='utf-8').read().replace(
        'recordings: []', 'recordings: [s04_teil1]'), encoding='utf-8')
    res = har_tool('prepare_bast.py', root, tmp_path / 'o', *TOOL_ARGS,
                   '--labels', 'base', '--mapping', mapping,
                   '--test-list', tmp_path / 'none.txt')
    assert res.returncode == 1 and 'test recording list not found' in \
        res.stderr
    res = har_tool('prepare_bast.py', root, tmp_path / 'o', *TOOL_ARGS,
                   '--labels', 'base', '--mapping', mapping)
    assert res.returncode == 0, res.stderr
    items = [x for s in SPLITS
             for x in read_list(tmp_path / 'o' / 'base' / f'{s}.txt')
             if x[0].startswith('s04_teil1/')]
    swing = [p for p, label in items if label == 6]
    tiptoe = [p for p, label in items if label == 5]
    assert len(swing) == len(tiptoe) == 1
    # the first (tiptoe, label 5) takes the plain name
    assert swing[0] == tiptoe[0][:-4] + '_label6.mp4'
    assert (tmp_path / 'o' / 'clips' / swing[0]).is_file()
