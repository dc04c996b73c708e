"""BAST: the ELAN ``.eaf`` parser (good files and every kind of bad one)."""
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
