"""Validation of annotation files: every problem kind, report and plot."""
import pickle

import numpy as np
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.importers.validate import (detect_format, probe_video,
                                             validate_annotation)


@pytest.fixture
def media(tmp_path, har_write_video):
    videos = tmp_path / 'videos'
    har_write_video(videos / 'good.avi', 30)
    har_write_video(videos / 'cut.avi', 30)
    data = (videos / 'cut.avi').read_bytes()
    (videos / 'cut.avi').write_bytes(data[:int(len(data) * 0.7)])
    (videos / 'empty.avi').touch()
    (videos / 'garbage.mp4').write_bytes(b'\x00\x01 not a video' * 50)
    return videos


def kinds_by_line(report):
    return sorted((p.where.rsplit(':', 1)[1], p.kind)
                  for p in report.problems)


def test_probe_video(media):
    assert probe_video(str(media / 'good.avi')) == (30, None)
    assert probe_video(str(media / 'cut.avi'))[1][0] == 'truncated'
    assert probe_video(str(media / 'cut.avi'), 'open')[1] is None
    assert probe_video(str(media / 'empty.avi'))[1][0] == 'zero-length'
    assert probe_video(str(media / 'garbage.mp4'))[1][0] == 'unreadable'
    assert probe_video(str(media / 'none.avi'))[1][0] == 'missing'


def test_video_list(media, tmp_path):
    ann = tmp_path / 'list.txt'
    ann.write_text('good.avi 0\n'       # 1 fine
                   'cut.avi 1\n'        # 2 truncated
                   'empty.avi 1\n'      # 3 zero-length
                   'garbage.mp4 0\n'    # 4 unreadable
                   'none.avi 0\n'       # 5 missing
                   'good.avi 2\n'       # 6 duplicate + label out of range
                   'good.avi x\n'       # 7 format
                   '\n'                 # 8 empty line
                   'good.avi -1\n')     # 9 duplicate + label
    report = validate_annotation(str(ann), data_prefix=str(media),
                                 num_classes=2)
    assert report.format == 'video'
    assert kinds_by_line(report) == [
        ('2', 'truncated'), ('3', 'zero-length'), ('4', 'unreadable'),
        ('5', 'missing'), ('6', 'duplicate'), ('6', 'label'), ('7', 'format'),
        ('8', 'format'), ('9', 'duplicate'), ('9', 'label')]
    assert report.labels == {'all': [0, 1, 1, 0, 0, 2, -1]}
    text = report.to_markdown()
    assert '- problems: 10 (duplicate: 2, format: 2, label: 2, missing: 1, ' \
        'truncated: 1, unreadable: 1, zero-length: 1)' in text
    assert '| 1 | 1 | 2 |' in text
    assert f'[duplicate] {ann}:6: same entry as line 1' in text


def test_range_and_rawframe_lists(media, tmp_path):
    ann = tmp_path / 'ranges.txt'
    ann.write_text('good.avi 1 30 0\ngood.avi 20 31 0\ngood.avi 9 3 0\n')
    report = validate_annotation(str(ann), data_prefix=str(media),
                                 classes=['a'])
    assert report.format == 'video_range'
    assert kinds_by_line(report) == [('2', 'truncated'), ('3', 'format')]
    assert 'has 30 frames' in report.problems[0].message
    frames = tmp_path / 'frames' / 'v1'
    frames.mkdir(parents=True)
    for i in range(3):
        (frames / f'img_{i:05d}.jpg').write_bytes(b'x')
    ann = tmp_path / 'raw.txt'
    ann.write_text('v1 3 0\nv1 5 0\nv2 3 0\n')
    report = validate_annotation(str(ann), data_prefix=str(tmp_path /
                                                           'frames'))
    assert report.format == 'rawframes'
    assert kinds_by_line(report) == [('2', 'duplicate'), ('2', 'truncated'),
                                     ('3', 'missing')]


def pose(name, label, t=8, v=17, m=1, c=2):
    return dict(frame_dir=name, label=label, total_frames=t,
                keypoint=np.ones((m, t, v, c), np.float32),
                keypoint_score=np.ones((m, t, v), np.float32))


def test_pose_pickle(tmp_path):
    anns = [pose('a', 0), pose('b', 1), pose('c', 3), pose('a', 0),
            pose('d', 0, v=13), pose('e', 1), pose('f', 0, t=5), pose('g', 1)]
    anns[5]['keypoint'][0, 2, 3, 0] = np.nan
    anns[6]['total_frames'] = 8
    anns[7]['keypoint_score'] = np.ones((1, 8, 16))
    data = dict(split=dict(train=['a', 'b', 'c'], test=['b', 'e', 'zz'],
                           trainval=['a', 'b']),
                annotations=anns, classes=['x', 'y'])
    path = tmp_path / 'pose.pkl'
    path.write_bytes(pickle.dumps(data))
    report = validate_annotation(str(path))
    got = sorted((p.kind, p.where) for p in report.problems)
    assert got == [
        ('duplicate', 'annotations[3] (a)'),
        ('label', 'annotations[2] (c)'),
        ('leak', "split['test'] and split['train']"),
        ('leak', "split['test'] and split['trainval']"),
        ('nan', 'annotations[5] (e)'),
        ('shape', 'annotations[4] (d)'),
        ('shape', 'annotations[7] (g)'),
        ('split', "split['test']"),
        ('truncated', 'annotations[6] (f)')]
    assert report.classes == ['x', 'y']
    assert report.labels['train'] == [0, 1, 3]
    png = tmp_path / 'plot.png'
    report.plot(str(png))
    assert png.read_bytes()[:8] == b'\x89PNG\r\n\x1a\n'


def test_pose_bare_list_and_bad_files(tmp_path):
    path = tmp_path / 'list.pkl'
    path.write_bytes(pickle.dumps([pose('a', 0, m=2, c=3)]))
    report = validate_annotation(str(path), num_classes=1)
    assert report.ok and report.labels == {'all': [0]}
    path.write_bytes(b'garbage')
    assert validate_annotation(str(path)).problems[0].kind == 'unreadable'
    path.write_bytes(pickle.dumps(dict(annotations=[dict(frame_dir='a',
                                                         label=0)])))
    assert validate_annotation(str(path)).problems[0].message == \
        "missing keys ['total_frames', 'keypoint']"
    with pytest.raises(MissingFileError):
        validate_annotation(str(tmp_path / 'none.txt'))
    with pytest.raises(HarError, match='unknown media level'):
        validate_annotation(str(path), media='deep')
    assert detect_format(str(path)) == 'pose'


def test_tool(media, tmp_path, har_tool):
    ann = tmp_path / 'list.txt'
    ann.write_text('good.avi 0\ngood.avi 1\n')
    classes = tmp_path / 'classes.txt'
    classes.write_text('walk\nrun\n')
    res = har_tool('validate.py', ann, '--data-prefix', media, '--classes',
                   classes, '--out-dir', tmp_path / 'rep')
    assert res.returncode == 1, res.stderr
    assert '| 1 | run | 1 |' in res.stdout
    assert (tmp_path / 'rep' / 'list_classes.png').is_file()
    assert 'same entry as line 1' in res.stdout
    assert res.stderr.strip().splitlines()[-1] == (
        f'error: {ann}: 1 problem(s) (duplicate: 1), the first: [duplicate] '
        f'{ann}:2: same entry as line 1')
    ann.write_text('good.avi 0\n')
    assert har_tool('validate.py', ann, '--data-prefix', media,
                    '--num-classes', '1').returncode == 0
    res = har_tool('validate.py', tmp_path / 'none.txt')
    assert res.returncode == 1
    assert res.stderr.strip() == \
        f'error: annotation file not found: {tmp_path / "none.txt"}'


def test_pose_all_zero_and_empty(tmp_path):
    """A sample where nobody was detected in any frame is flagged, as is a
    pickle without annotations or a list without samples."""
    anns = [pose('a', 0), pose('b', 1)]
    anns[1]['keypoint'][:] = 0
    path = tmp_path / 'pose.pkl'
    path.write_bytes(pickle.dumps(dict(split=dict(train=['a', 'b']),
                                       annotations=anns)))
    report = validate_annotation(str(path))
    assert [(p.kind, p.where) for p in report.problems] == [
        ('zero-pose', 'annotations[1] (b)')]
    path.write_bytes(pickle.dumps(dict(split=dict(), annotations=[])))
    assert [p.kind for p in validate_annotation(str(path)).problems] == [
        'empty']
    empty = tmp_path / 'empty.txt'
    empty.write_text('')
    assert [p.kind for p in validate_annotation(
        str(empty), media='none').problems] == ['empty']


def test_pose_wrong_layouts(tmp_path):
    """Wrong layouts are problems, never exceptions."""
    path = tmp_path / 'pose.pkl'
    for data, kind in [([1, 2], 'format'), ('text', 'format'),
                       (dict(split=[1], annotations=[]), 'format'),
                       (dict(split=dict(train=[['x']]),
                             annotations=[pose('a', 0)]), 'split'),
                       ([dict(frame_dir='a', label='x', total_frames=8,
                              keypoint=np.ones((8, 17, 2)))], 'label')]:
        path.write_bytes(pickle.dumps(data))
        kinds = {p.kind for p in validate_annotation(str(path)).problems}
        assert kind in kinds, (data, kinds)
    path.write_bytes(pickle.dumps([pose('a', 0)])[:40])
    assert [p.kind for p in validate_annotation(str(path)).problems] == [
        'unreadable']
