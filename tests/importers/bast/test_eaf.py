"""BAST: the ELAN ``.eaf`` parser on real ELAN-written files, generated
good files and every kind of bad one."""
import os.path as osp

import pytest

from mmaction_har.demo.bast_raw import eaf_text
from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.bast.eaf import parse_eaf

GOOD = eaf_text('rec.mp4', [
    ('Aufgabe', None, [('a1', 1000, 12500, ' Gehen '),
                       ('a2', 13000, 16000, 'Fallen')]),
    ('WAL-floorpattern', 'Aufgabe', [('a10', 'a1', 'curved')]),
    ('FAL-flow', None, [('a11', 13000, 16000, 'free falling')]),
])


def write(tmp_path, text, name='rec.eaf'):
    path = tmp_path / name
    path.write_text(text, encoding='utf-8')
    return str(path)


def test_alignable_and_ref_annotations(tmp_path):
    doc = parse_eaf(write(tmp_path, GOOD))
    assert doc.tiers == ['Aufgabe', 'WAL-floorpattern', 'FAL-flow']
    got = [(a.tier, a.id, a.start_ms, a.end_ms, a.value)
           for a in doc.annotations]
    assert got == [('Aufgabe', 'a1', 1000, 12500, 'Gehen'),
                   ('Aufgabe', 'a2', 13000, 16000, 'Fallen'),
                   ('WAL-floorpattern', 'a10', 1000, 12500, 'curved'),
                   ('FAL-flow', 'a11', 13000, 16000, 'free falling')]
    assert doc.media == ['file:///rec.mp4'] and doc.skipped == []


def test_ref_chain_and_unaligned_slot(tmp_path):
    text = GOOD.replace(
        '<TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>',
        '<TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>\n'
        '        <TIME_SLOT TIME_SLOT_ID="ts99"/>').replace(
        '<ANNOTATION_VALUE>curved</ANNOTATION_VALUE>\n'
        '            </REF_ANNOTATION>\n        </ANNOTATION>',
        '<ANNOTATION_VALUE>curved</ANNOTATION_VALUE>\n'
        '            </REF_ANNOTATION>\n        </ANNOTATION>\n'
        '        <ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a20" '
        'ANNOTATION_REF="a10"><ANNOTATION_VALUE>x</ANNOTATION_VALUE>'
        '</REF_ANNOTATION></ANNOTATION>\n'
        '        <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a21" '
        'TIME_SLOT_REF1="ts99" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>y'
        '</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>')
    doc = parse_eaf(write(tmp_path, text))
    by_id = {a.id: a for a in doc.annotations}
    assert (by_id['a20'].start_ms, by_id['a20'].end_ms) == (1000, 12500)
    assert 'a21' not in by_id
    assert len(doc.skipped) == 1 and 'annotation a21' in doc.skipped[0]


@pytest.mark.parametrize('old, new, expected', [
    ('TIME_SLOT_REF2="ts2"', 'TIME_SLOT_REF2="ts42"',
     r"annotation a1: TIME_SLOT_REF2='ts42' names no TIME_SLOT.*line \d+"),
    ('ANNOTATION_REF="a1"', 'ANNOTATION_REF="a7"',
     r"annotation a10: ANNOTATION_REF='a7' names no annotation"),
    ('TIME_VALUE="12500"', 'TIME_VALUE="900"',
     r"annotation a1 in tier 'Aufgabe': end 900 ms <= start 1000 ms"),
    ('TIME_VALUE="12500"', 'TIME_VALUE="1000"', r'end 1000 ms <= start'),
    ('TIME_VALUE="12500"', 'TIME_VALUE="12.5s"',
     r"TIME_SLOT ts2: TIME_VALUE '12.5s' is not a number"),
    ('</TIER>', '</TIR>', r'malformed ELAN XML: mismatched tag: line \d+'),
    ('ANNOTATION_DOCUMENT', 'DOC', r'malformed ELAN XML|root element'),
    # What pympi reads with a bare KeyError/IndexError, named here.
    ('<ANNOTATION_VALUE>curved</ANNOTATION_VALUE>', '',
     r"REF_ANNOTATION in tier 'WAL-floorpattern': annotation a10 has no "
     r'ANNOTATION_VALUE \(line \d+\)'),
    ('TIME_SLOT_REF1="ts1"', '', r"ALIGNABLE_ANNOTATION in tier 'Aufgabe': "
     r'annotation a1 has no TIME_SLOT_REF1 \(line \d+\)'),
    ('ANNOTATION_ID="a2"', 'ANNOTATION_ID="two"',
     r"ANNOTATION_ID 'two': expected ELAN's a<number>"),
    ('xsi:noNamespaceSchemaLocation=', 'xsi:schema=',
     'ANNOTATION_DOCUMENT lacks the xsi:noNamespaceSchemaLocation'),
])
def test_bad_files_name_the_element(tmp_path, old, new, expected):
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(HarError, match=expected) as err:
        parse_eaf(path)
    assert str(err.value).startswith(path)


def test_line_numbers_point_at_the_element(tmp_path):
    text = GOOD.replace('TIME_SLOT_REF1="ts3"', 'TIME_SLOT_REF1="tsX"')
    path = write(tmp_path, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1)
                if 'tsX' in row)
    with pytest.raises(HarError, match=f'a2: .*tsX.*\\(line {line}\\)'):
        parse_eaf(path)


def test_duplicate_ids(tmp_path):
    doc = parse_eaf(write(tmp_path, GOOD.replace('"a11"', '"a2"')))
    assert doc.duplicates == ['a2'] and len(doc.annotations) == 4
    with pytest.raises(HarError, match="a10: ANNOTATION_REF='a1' is "
                       'ambiguous'):
        parse_eaf(write(tmp_path, GOOD.replace('"a11"', '"a1"')))


def test_wrong_root_and_missing_file(tmp_path):
    with pytest.raises(HarError, match='root element ANNOTATION_DOCUMENT'):
        parse_eaf(write(tmp_path, '<?xml version="1.0"?><html/>'))
    with pytest.raises(MissingFileError, match='ELAN file not found'):
        parse_eaf(str(tmp_path / 'absent.eaf'))


ELAN_FILES = ('sample_2.7.eaf', 'sample_3.0.eaf')


@pytest.mark.parametrize('name', ELAN_FILES)
def test_real_elan_files(shared_data, name):
    """Files written by ELAN (EAF 2.7 and 3.0) with tiers of every kind;
    the expected values are read off their XML."""
    doc = parse_eaf(osp.join(shared_data, 'elan', name))
    assert doc.tiers == ['text', 'words-timesub', 'words-symsub', 'gestures',
                         'gest_included', 'words-pos']
    by_id = {a.id: (a.tier, a.start_ms, a.end_ms, a.value)
             for a in doc.annotations}
    # Alignable (ts2..ts19), and its first word in a Time_Subdivision.
    assert by_id['a1'] == ('text', 2000, 5000, 'The quick brown fox 001')
    assert by_id['a400'] == ('words-timesub', 2000, 2470, 'The')
    # Symbolic subdivision of a1, and a symbolic association of that one.
    assert by_id['a2395'] == ('words-symsub', 2000, 5000, 'The')
    assert by_id['a6784'] == ('words-pos', 2000, 5000, '')
    assert by_id['a4390'] == ('gestures', 1800, 2400, 'prep')
    assert by_id['a5587'] == ('gest_included', 2000, 2400, 'hold')
    # Words between interpolated (unaligned) slots cannot be timed.
    assert len(doc.skipped) == 1965 and len(doc.annotations) == 6813
    assert all('unaligned time slot' in s for s in doc.skipped)
    assert 'annotation a410 (words-timesub: \'The\')' in doc.skipped[0]
    assert all(a.end_ms > a.start_ms for a in doc.annotations)
    assert doc.duplicates == [] and doc.time_origin_ms == 0
    assert doc.media == ['file:///Users/Shared/MPI/DemoMaterial/yele/'
                         'r03_v20_s5.wav']


def test_time_origin_puts_times_on_the_media_clock(shared_data, tmp_path):
    """ELAN plays a media file at ELAN time + its TIME_ORIGIN."""
    source = osp.join(shared_data, 'elan', 'sample_3.0.eaf')
    with open(source, encoding='utf-8') as f:
        text = f.read()
    shifted = text.replace('MIME_TYPE="audio/x-wav"',
                           'MIME_TYPE="audio/x-wav" TIME_ORIGIN="1500"', 1)
    assert shifted != text
    doc = parse_eaf(write(tmp_path, shifted))
    base = parse_eaf(source)
    assert doc.time_origin_ms == 1500
    assert [(a.id, a.start_ms - 1500, a.end_ms - 1500)
            for a in doc.annotations] == [(a.id, a.start_ms, a.end_ms)
                                          for a in base.annotations]
    assert doc.skipped == [s.replace('sample_3.0', 'rec')
                           for s in base.skipped]


def test_time_origin_of_the_recordings_media(tmp_path):
    """Several media: the recording's (same stem), else the first video."""
    descriptors = (
        '<MEDIA_DESCRIPTOR MEDIA_URL="file:///audio/rec.wav" '
        'MIME_TYPE="audio/x-wav" TIME_ORIGIN="300"/>'
        '<MEDIA_DESCRIPTOR MEDIA_URL="file:///rec.mp4" MIME_TYPE="video/mp4" '
        'TIME_ORIGIN="1200"/>'
        '<MEDIA_DESCRIPTOR MEDIA_URL="file:///C:/cams/Side.MTS" '
        'MIME_TYPE="video/*" TIME_ORIGIN="50"/>')
    text = GOOD.replace('<MEDIA_DESCRIPTOR MEDIA_URL="file:///rec.mp4" '
                        'MIME_TYPE="video/mp4"/>', descriptors)
    path = write(tmp_path, text)
    first = {a.id: a.start_ms for a in parse_eaf(path).annotations}
    assert first['a1'] == 1000 + 1200 and first['a10'] == 1000 + 1200
    side = parse_eaf(path, media='/raw/videos/side.mp4')
    assert side.time_origin_ms == 50 and side.annotations[0].end_ms == 12550
    assert parse_eaf(path, media='other.mp4').time_origin_ms == 1200
    with pytest.raises(HarError, match="file:///rec.mp4: TIME_ORIGIN '1.2s' "
                       'is not a number of ms'):
        parse_eaf(write(tmp_path, text.replace('"1200"', '"1.2s"')))
