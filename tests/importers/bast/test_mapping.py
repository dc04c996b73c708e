"""BAST: the label mapping file, German variants, offsets, segments."""
import pytest

from mmaction_har.demo.bast_raw import eaf_text
from mmaction_har.errors import HarError
from mmaction_har.importers.bast.eaf import parse_eaf
from mmaction_har.importers.bast.mapping import (load_mapping, normalize,
                                                 read_offsets)
from mmaction_har.importers.bast.prepare import DEFAULT_MAPPING
from mmaction_har.importers.bast.segments import SegmentNotes, label_segments

BASE = ['walk', 'run', 'jump', 'stamp', 'contract-expand', 'tiptoe',
        'swing-upper-body', 'rotate', 'fall']


@pytest.fixture(scope='module')
def mapping():
    return load_mapping(DEFAULT_MAPPING)


def test_default_mapping_classes(mapping):
    assert mapping.sets['base'].classes == BASE
    ev = mapping.sets['eval']
    assert len(ev.classes) == 42 == len(set(ev.classes))
    assert ev.classes[:3] == ['stamp-strength-none', 'stamp-strength-little',
                              'jump-emphasis-upward']
    assert ev.classes[-1] == 'spin-acceleration-none'
    assert [ev.classes[i] for i in sorted(ev.whole)] == [
        'fall-pos-lie', 'fall-free', 'fall-pos-sit', 'fall-lie-down']
    assert mapping.sets['base'].whole == {BASE.index('fall')}


@pytest.mark.parametrize('value, name', [
    ('Gehen', 'walk'), (' gehen  ', 'walk'), ('Stanpfen', 'stamp'),
    ('Zusammenziehen / Ausdehnen', 'contract-expand'),
    ('Zusammenziehen/ Ausdehen', 'contract-expand'),
    ('ZUSAMMENZIEHEN  UND AUSDEHNEN', 'contract-expand'),
    ('Ballenstände', 'tiptoe'), ('Ballenstaende', 'tiptoe'),
    ('Hochzehenstand', 'tiptoe'), ('schwingen', 'swing-upper-body'),
    ('Schwuenge', 'swing-upper-body'), ('Drehen', 'rotate'),
    ('Fallen', 'fall')])
def test_german_variants(mapping, value, name):
    base = mapping.sets['base']
    assert base.classes[base.label_of('aufgabe', normalize(value))] == name


def test_eval_values_are_tier_bound(mapping):
    ev = mapping.sets['eval']

    def name(tier, value):
        label = ev.label_of(normalize(tier).replace(' ', '-'),
                            normalize(value))
        return None if label is None else ev.classes[label]
    assert name('WAL-floorpattern', 'curved') == 'walk-curved'
    assert name('RUN floorpattern', 'Curved') == 'run-curved'
    assert name('EXP-kinesphere', 'narrow more than wide') == \
        'expand-narrow-more'
    assert name('CON-kinesphere', 'narrow more than wide') == \
        'contract-narrow-more'
    assert name('STA-bodyinvolvement', 'wholebody') == 'stamp-body-whole'
    assert name('FAL-flow', 'sits / lies down') == 'fall-lie-down'
    assert name('STA-strength', 'maximum strength') is None
    assert name('Aufgabe', 'curved') is None


def test_segments_with_offset_notes_and_double_annotation(tmp_path):
    (tmp_path / 'm.yaml').write_text(
        open(DEFAULT_MAPPING, encoding='utf-8').read().replace(
            'recordings: []', 'recordings: [rec07]'), encoding='utf-8')
    mapping = load_mapping(str(tmp_path / 'm.yaml'))
    (tmp_path / 'rec07.eaf').write_text(eaf_text('rec07.mp4', [
        ('Aufgabe', None, [('a1', 3000, 15000, 'Schwünge'),
                           ('a2', 16000, 19000, 'Hüpfen')]),
        ('SWI-flow', 'Aufgabe', [('a3', 'a1', '?')]),
        ('SWI-headintegration', 'Aufgabe', [('a4', 'a1', 'integrated')]),
        ('STA-strength', None, [('a5', 16000, 19000, 'no strength')])]),
        encoding='utf-8')
    doc = parse_eaf(str(tmp_path / 'rec07.eaf'))
    notes = {n: SegmentNotes() for n in mapping.sets}
    seg = {n: label_segments(doc, 'rec07', s, mapping.claimed_tiers(n),
                             offset=-2.0, notes=notes[n])
           for n, s in mapping.sets.items()}
    assert [(BASE[s.label], s.start, s.end) for s in seg['base']] == [
        ('tiptoe', 1.0, 13.0), ('swing-upper-body', 1.0, 13.0)]
    assert seg['base'][0].source == 'Aufgabe/a1+also'
    assert dict(notes['base'].unmapped) == {'Aufgabe: Hüpfen': 1}
    assert [(mapping.sets['eval'].classes[s.label], s.start)
            for s in seg['eval']] == [('stamp-strength-none', 14.0)]
    assert dict(notes['eval'].not_rated) == {'SWI-flow: ?': 1}
    assert dict(notes['eval'].unmapped) == {
        'SWI-headintegration: integrated': 1}


@pytest.mark.parametrize('text, expected', [
    ('base: {classes: {walk: [Gehen], run: [gehen]}}',
     "base.classes.run: value 'gehen' already maps to 'walk'"),
    ('base: {classes: {walk: [Gehen]}, whole: [fall]}',
     "base.whole: unknown class 'fall'"),
    ('base: {classes: [walk]}', 'base: expected a mapping with'),
    ('base: {classes: {walk: [Gehen]}, colour: red}',
     r"base: unknown keys \['colour'\]"),
    ('e: {tiers: [A], classes: {x: {tier: B, values: [v]}}}',
     r"classes name tiers \['b'\] that \"tiers\" does not list"),
    ('base: {classes: {walk: [Gehen]}}\noffsets: {rec1: soon}',
     'offsets.rec1: expected seconds'),
    ('base: [', 'not valid YAML'),
])
def test_bad_mapping_files(tmp_path, text, expected):
    path = tmp_path / 'bad.yaml'
    path.write_text(text)
    with pytest.raises(HarError, match=expected):
        load_mapping(str(path))


def test_offsets_file(tmp_path):
    path = tmp_path / 'offsets.csv'
    path.write_text('recording,seconds\n# shifted files\nrec1, -2.5\n'
                    'rec2;1\n')
    assert read_offsets(str(path)) == {'rec1': -2.5, 'rec2': 1.0}
    path.write_text('rec1,-2.5\nrec2,two\n')
    with pytest.raises(HarError, match=r'offsets.csv:2: expected'):
        read_offsets(str(path))
