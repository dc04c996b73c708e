"""tools/detect_long_video.py on real clips: outputs, summary, resume."""
import csv
import json
import os
import os.path as osp

import pytest

from mmaction_har.cli.detect_long_video import main

from ..apis.helpers import SLOWONLY, save_random_checkpoint, write_classes
from ..conftest import run_tool

CLIPS = ('apply_eye_makeup.avi', 'arm_wrestling.mp4')


@pytest.fixture
def setup(tmp_path, shared_data):
    videos = tmp_path / 'videos'
    (videos / 'sub').mkdir(parents=True)
    os.symlink(osp.join(shared_data, 'videos', CLIPS[0]), videos / CLIPS[0])
    os.symlink(osp.join(shared_data, 'videos', CLIPS[1]),
               videos / 'sub' / CLIPS[1])
    ckpt = str(tmp_path / 'rgb.pth')
    save_random_checkpoint(SLOWONLY, ckpt, seed=7)
    return dict(videos=str(videos), ckpt=ckpt, out=str(tmp_path / 'out'),
                classes=write_classes(tmp_path / 'classes.txt'))


def _args(s, *extra):
    return [s['videos'], SLOWONLY, s['ckpt'], '--out-dir', s['out'],
            '--window', '3', '--stride', '1.5', '--classes', s['classes'],
            '--no-progress', *extra]


def test_folder_run_writes_outputs_and_resumes(setup, capsys):
    s = setup
    assert main(_args(s, '--threshold', '0', '--annotate')) == 0
    names = ['apply_eye_makeup', 'sub__arm_wrestling']
    for name in names:
        folder = osp.join(s['out'], name)
        with open(osp.join(folder, 'timeline.json')) as f:
            timeline = json.load(f)
        with open(osp.join(folder, 'windows.csv')) as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == timeline['num_windows'] >= 2
        assert float(rows[-1]['end_s']) == pytest.approx(
            timeline['duration'], abs=0.05)
        # Threshold 0, top1: every window labelled, so the segments tile
        # the video and each segment's label is its windows' best class.
        segs = timeline['segments']
        assert segs[0]['start'] == 0.0
        assert max(x['end'] for x in segs) == pytest.approx(
            timeline['duration'], abs=0.05)
        assert sum(x['num_windows'] for x in segs) == len(rows)
        with open(osp.join(folder, 'timeline.csv')) as f:
            assert len(list(csv.DictReader(f))) == len(segs)
        assert osp.getsize(osp.join(folder, 'annotated.mp4')) > 1000
    with open(osp.join(s['out'], 'summary.json')) as f:
        summary = json.load(f)
    assert [r['status'] for r in summary['videos']] == ['done', 'done']
    assert not [p for p in os.listdir(s['out']) if p.endswith('.tmp')]

    # Resume: finished videos are skipped; a removed one is redone.
    kept = osp.join(s['out'], names[0], 'windows.csv')
    mtime = os.stat(kept).st_mtime_ns
    os.remove(osp.join(s['out'], names[1], 'timeline.json'))
    assert main(_args(s)) == 0
    assert 'videos: 1 done, 1 skipped' in capsys.readouterr().out
    assert os.stat(kept).st_mtime_ns == mtime
    assert osp.isfile(osp.join(s['out'], names[1], 'timeline.json'))


def test_thresholds_and_min_duration_reach_the_timeline(setup):
    s = setup
    assert main(_args(s, '--threshold', '1.01', '--overwrite')) == 0
    with open(osp.join(s['out'], 'apply_eye_makeup', 'timeline.json')) as f:
        assert json.load(f)['segments'] == []


def test_tool_reports_bad_input_on_one_line(setup):
    s = setup
    result = run_tool(['tools/detect_long_video.py', s['videos'] + '/none',
                       SLOWONLY, s['ckpt']])
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(
        'error: video or folder not found')
    assert 'Traceback' not in result.stderr
