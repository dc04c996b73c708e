"""KTH importer: sequences-file parsing and ``prepare_kth``."""
import os
import os.path as osp

import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.kth.prepare import (PERSON_SPLITS,
                                                parse_person_splits,
                                                prepare_kth)
from mmaction_har.importers.kth.sequences import overlapping, parse_sequences


def read_list(path):
    with open(path) as f:
        return [line.split() for line in f.read().splitlines()]


def test_parse_tolerates_quirks(kth_layout):
    recs = {r.name: r for r in parse_sequences(kth_layout[0])}
    assert len(recs) == 8
    assert recs['person13_handclapping_d3'].missing
    assert recs['person11_boxing_d1'].ranges == [(1, 12), (13, 25), (26, 40)]
    assert recs['person19_walking_d2'].ranges == [(1, 10), (25, 35),
                                                  (11, 24), (30, 40)]
    assert overlapping(recs['person19_walking_d2'].ranges) == [(1, 3)]
    assert recs['person19_walking_d2'].line == 9


@pytest.mark.parametrize('line,expected', [
    ('person01_boxing_d1\tframes\t1-95, 96-x', "got '96-x'"),
    ('person01_boxing_d1\tframes\t95-1', 'needs 1 <= start <= end'),
    ('person01_boxing_d1\tframes', 'expected "frames a-b'),
    ('person01_swimming_d1\tframes\t1-5', 'expected a recording name'),
])
def test_parse_errors_name_file_and_line(tmp_path, line, expected):
    path = tmp_path / 'seq.txt'
    path.write_text(f'header\nperson02_boxing_d1 frames 1-4\n{line}\n')
    with pytest.raises(HarError, match=expected) as err:
        parse_sequences(str(path))
    assert f'{path}:3' in str(err.value)


def test_parse_duplicate_and_missing_file(tmp_path):
    path = tmp_path / 'seq.txt'
    path.write_text('person02_boxing_d1 frames 1-4\n'
                    'person02_boxing_d1 frames 1-4\n')
    with pytest.raises(HarError, match='listed again .first on line 1'):
        parse_sequences(str(path))
    with pytest.raises(MissingFileError, match='KTH sequences file'):
        parse_sequences(str(tmp_path / 'nope.txt'))


def test_real_sequences_file(shared_data):
    recs = parse_sequences(osp.join(shared_data, 'kth', '00sequences.txt'))
    assert len(recs) == 600
    assert sum(len(r.ranges) for r in recs) == 2391
    assert [r.name for r in recs if r.missing] == ['person13_handclapping_d3']
    assert sum(len(r.ranges) == 3 for r in recs) == 5
    assert sum(bool(overlapping(r.ranges)) for r in recs) == 7


def test_prepare_generated(kth_layout, tmp_path):
    seq, videos = kth_layout
    out = tmp_path / 'out'
    result = prepare_kth(seq, videos, str(out), progress=False)
    assert result.problems == []
    assert {s: len(v) for s, v in result.samples.items()} == dict(
        train=7, val=4, test=3, trainval=11)
    assert result.listed_missing == ['person13_handclapping_d3']
    assert result.absent == ['person22_walking_d1']
    assert len(result.bad_media) == 1 and 'empty' in result.bad_media[0]
    test = read_list(out / 'kth_test_videos.txt')
    assert test == [['boxing/person22_boxing_d3_uncomp.avi', '1', '10', '3'],
                    ['boxing/person22_boxing_d3_uncomp.avi', '11', '20', '3'],
                    ['boxing/person22_boxing_d3_uncomp.avi', '21', '30',
                     '3']]
    val = read_list(out / 'kth_val_videos.txt')
    assert [x[1:3] for x in val] == [['1', '10'], ['25', '35'], ['11', '24'],
                                     ['30', '40']]
    summary = (out / 'kth_summary.md').read_text()
    for text in ('person22_walking_d1', 'person13_handclapping_d3',
                 'person22_boxing_d3 21-35 -> 21-30', 'person22_boxing_d3 '
                 '41-50', 'running/person14_running_d1_uncomp.avi',
                 'person30_walking_d1', '| 0 | walking | 4 | 4 | 0 | 8 |'):
        assert text in summary
    assert (out / 'kth_classes.txt').read_text().split() == [
        'walking', 'jogging', 'running', 'boxing', 'handwaving',
        'handclapping']
    # persons never cross splits
    persons = {s: {int(x[0].split('person')[1][:2])
                   for x in read_list(out / f'kth_{s}_videos.txt')}
               for s in PERSON_SPLITS}
    assert persons == dict(train={11}, val={19}, test={22})


def test_custom_person_split(kth_layout, tmp_path, har_tool):
    seq, videos = kth_layout
    persons = parse_person_splits(['train=19,22', 'val=11-12',
                                   'test=13-18,30'])
    assert persons['test'] == (13, 14, 15, 16, 17, 18, 30)
    result = prepare_kth(seq, videos, str(tmp_path / 'o'), progress=False,
                         person_splits=persons)
    assert result.problems == []
    got = {s: {x['person'] for x in result.samples[s]}
           for s in PERSON_SPLITS}
    assert got == dict(train={19, 22}, val={11}, test={30})
    assert 'person split: custom' in (tmp_path / 'o' /
                                      'kth_summary.md').read_text()
    res = har_tool('prepare_kth.py', seq, videos, tmp_path / 'p',
                   '--persons', 'train=1-3', 'val=3', 'test=4')
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1] == (
        'error: person split: person 3 is in both train and val')


@pytest.mark.parametrize('items,expected', [
    (['train=1', 'val=2'], 'missing test'),
    (['train=1', 'val=x', 'test=3'], "'x' is not a person number"),
    (['train=1', 'train=2', 'test=3'], 'expected one each of'),
    (['train=5-2', 'val=1', 'test=3'], 'empty range'),
])
def test_person_split_errors(items, expected):
    with pytest.raises(HarError, match=expected):
        parse_person_splits(items)


def test_prepare_is_idempotent_and_atomic(kth_layout, tmp_path, monkeypatch):
    seq, videos = kth_layout
    out = tmp_path / 'out'
    prepare_kth(seq, videos, str(out), progress=False)
    before = {p: (out / p).read_bytes() for p in sorted(os.listdir(out))}
    prepare_kth(seq, videos, str(out), progress=False)
    assert {p: (out / p).read_bytes() for p in sorted(os.listdir(out))} \
        == before

    from mmaction_har.importers.kth import prepare as kth_import

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kth_import, '_summary', interrupted)
    with pytest.raises(KeyboardInterrupt):
        prepare_kth(seq, videos, str(out), classes=['boxing'],
                    progress=False, allow_empty_splits=True)
    assert {p: (out / p).read_bytes() for p in sorted(os.listdir(out))} \
        == before


def test_prepare_classes_and_per_class(kth_layout, tmp_path):
    seq, videos = kth_layout
    result = prepare_kth(seq, videos, str(tmp_path / 'a'),
                         classes=['boxing', 'walking'], progress=False)
    assert read_list(tmp_path / 'a' / 'kth_test_videos.txt')[0][3] == '0'
    assert {x['label'] for x in result.samples['val']} == {1}
    runs = [prepare_kth(seq, videos, str(tmp_path / d), per_class=2, seed=s,
                        progress=False) for d, s in (('b', 1), ('c', 1))]
    assert [len(runs[0].samples[s]) for s in ('train', 'val', 'test')] == \
        [4, 2, 2]
    assert runs[0].samples == runs[1].samples
    with pytest.raises(HarError, match='expected distinct names'):
        prepare_kth(seq, videos, str(tmp_path / 'd'), classes=['swim'])
    with pytest.raises(MissingFileError, match='KTH video folder'):
        prepare_kth(seq, str(tmp_path / 'none'), str(tmp_path / 'd'))


def test_tool(kth_layout, tmp_path, har_run_tool, har_tool):
    # one real command line (the path set-up of tools/data), then in-process
    seq, videos = kth_layout
    res = har_run_tool('prepare_kth.py', seq, videos, tmp_path / 'o',
                       '--classes', 'walking,boxing', '--per-class', '3')
    assert res.returncode == 0, res.stderr
    assert 'subsequences: train 6, val 3, test 3, trainval 9' in res.stdout
    assert 'listed but not on disk: 1' in res.stdout
    assert 'usage:' in har_tool('prepare_kth.py', '--help').stdout
    res = har_tool('prepare_kth.py', tmp_path / 'no.txt', videos,
                   tmp_path / 'o')
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1].startswith(
        'error: KTH sequences file not found')


def test_real_protocol_counts(shared_data, tmp_path):
    """All 2391 subsequences, by the standard person split."""
    kth = osp.join(shared_data, 'kth')
    result = prepare_kth(osp.join(kth, '00sequences.txt'),
                         osp.join(kth, 'videos'), str(tmp_path),
                         keep_absent=True, media='none', progress=False)
    assert {s: len(v) for s, v in result.samples.items()} == dict(
        train=760, val=768, test=863, trainval=1528)
    assert read_list(tmp_path / 'kth_test_videos.txt')[0] == [
        'boxing/person02_boxing_d1_uncomp.avi', '1', '105', '3']


def test_shared_fixture_has_empty_splits(shared_data, tmp_path, har_tool):
    """The shared KTH folder holds videos of persons 01 and 04 only (both
    val): train and test would be empty lists. An error, nothing written;
    with --allow-empty-split the val list is written."""
    kth = osp.join(shared_data, 'kth')
    args = [osp.join(kth, '00sequences.txt'), osp.join(kth, 'videos'),
            tmp_path / 'o']
    res = har_tool('prepare_kth.py', *args)
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert lines[-1].startswith('error: ') and '00sequences.txt' in lines[-1]
    assert 'split train, test would be empty (train 0, val 20, test 0)' in \
        lines[-1]
    assert not (tmp_path / 'o').exists() or not os.listdir(tmp_path / 'o')
    res = har_tool('prepare_kth.py', *args, '--allow-empty-split')
    assert res.returncode == 0, res.stderr
    assert len(read_list(tmp_path / 'o' / 'kth_val_videos.txt')) == 20
