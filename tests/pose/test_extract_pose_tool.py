"""tools/data/extract_pose.py: outputs, exit status and error lines."""
import os
import os.path as osp
import pickle
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO, run_tool

TOOL = osp.join(REPO, 'tools', 'data', 'extract_pose.py')


def run_main(argv, capsys):
    """Run the tool's ``main`` in this process (fast); (status, err)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location('extract_pose_tool', TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    from mmaction_har.cli.common import run_tool as run
    try:
        status = run(tool.main, argv)
    except SystemExit as exit_:
        status = exit_.code
    return status, capsys.readouterr()


def test_failed_video_exit_status_then_allow_failed(short_clips, tmp_path,
                                                    capsys):
    (tmp_path / 'train.txt').write_text('a.avi 0\nbroken.avi 1\n')
    (tmp_path / 'val.txt').write_text('b.avi 1\n')
    (tmp_path / 'classes.txt').write_text('drink\nhug\n')
    (short_clips / 'broken.avi').write_bytes(b'not a video' * 100)
    out = tmp_path / 'pose.pkl'
    args = ['--lists', f'train={tmp_path}/train.txt',
            f'val={tmp_path}/val.txt', '--data-root', str(short_clips),
            '--classes', str(tmp_path / 'classes.txt'), '--out', str(out),
            '--cache-dir', str(tmp_path / 'cache')]
    proc = run_tool([TOOL] + args)
    assert proc.returncode == 1
    assert 'Traceback' not in proc.stderr
    errors = [line for line in proc.stderr.splitlines()
              if line.startswith('error:')]
    assert errors == [f'error: 1 of 3 videos failed (reasons in '
                      f'{out}.failed.txt); no pkl written: fix them or pass '
                      f'--allow-failed to write it without them']
    assert 'videos: 3 (2 extracted, 0 from cache, 1 failed); frames: 12' \
        in proc.stdout
    assert not out.exists()
    failed = (tmp_path / 'pose.pkl.failed.txt').read_text().split('\t')
    assert failed[:2] == ['broken.avi', f'{tmp_path}/train.txt:2']
    assert 'cannot decode video' in failed[2]

    status, io = run_main(args + ['--allow-failed'], capsys)
    assert status == 0
    assert 'videos: 3 (0 extracted, 2 from cache, 1 failed)' in io.out
    with open(out, 'rb') as f:
        data = pickle.load(f)
    assert data['split'] == {'train': ['a'], 'val': ['b']}
    assert data['classes'] == ['drink', 'hug']
    assert [(a['frame_dir'], a['label'], a['total_frames'])
            for a in data['annotations']] == [('a', 0, 6), ('b', 1, 6)]


@pytest.mark.parametrize('lines, argv, expected', [
    (None, [], 'error: give either one video list or --lists SPLIT=FILE '
     '[SPLIT=FILE ...]'),
    (None, ['--lists', 'train'], "error: --lists 'train': expected "
     'SPLIT=FILE, e.g. train=train_list.txt'),
    (None, ['{d}/absent.txt'], 'error: video list not found: '
     '{d}/absent.txt'),
    ('a.avi 0\na.avi\n', ['{d}/l.txt'], 'error: {d}/l.txt:2: expected '
     '"path label" with an integer label, got \'a.avi\''),
    ('a.avi 0\nb.avi 2\n', ['{d}/l.txt', '--classes', '{d}/c.txt'],
     'error: {d}/l.txt:2: label 2 out of range [0, 2)'),
    ('a.avi 0\n', ['--lists', 'train={d}/l.txt', 'val={d}/l.txt'],
     'error: {d}/l.txt:1: a.avi is already listed at {d}/l.txt:1; each '
     'video must appear once (splits must be disjoint)'),
    ('a.avi 0\n', ['{d}/l.txt', '--workers', '0'],
     'error: --workers must be >= 1, got 0'),
])
def test_error_lines(tmp_path, capsys, lines, argv, expected):
    if lines is not None:
        (tmp_path / 'l.txt').write_text(lines)
    (tmp_path / 'c.txt').write_text('x\ny\n')
    argv = [a.format(d=tmp_path) for a in argv]
    status, io = run_main(argv + ['--out', str(tmp_path / 'o.pkl')], capsys)
    assert status == 1
    assert io.err.strip().splitlines() == [expected.format(d=tmp_path)]
    assert not (tmp_path / 'o.pkl').exists()


def test_killed_run_resumes_from_the_cache(short_clips, tmp_path, capsys):
    """SIGKILL the tool once a video is cached: no pkl, only whole cache
    entries; the next run extracts only the videos not cached."""
    names = [f'v{i}.avi' for i in range(8)]
    for name in names:
        shutil.copy(short_clips / 'a.avi', tmp_path / name)
    (tmp_path / 'list.txt').write_text(''.join(f'{n} 0\n' for n in names))
    cache, out = tmp_path / 'cache', tmp_path / 'pose.pkl'
    args = [str(tmp_path / 'list.txt'), '--data-root', str(tmp_path),
            '--out', str(out), '--cache-dir', str(cache)]
    proc = subprocess.Popen([sys.executable, TOOL] + args, cwd=REPO,
                            env=dict(os.environ, OMP_NUM_THREADS='1'),
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if cache.is_dir() and any(f.endswith('.pkl')
                                      for f in os.listdir(cache)):
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert not out.exists()
    entries = [f for f in os.listdir(cache) if f.endswith('.pkl')]
    assert 1 <= len(entries) < len(names)
    status, io = run_main(args, capsys)
    assert status == 0
    assert (f'videos: 8 ({8 - len(entries)} extracted, {len(entries)} from '
            f'cache, 0 failed); frames: 48') in io.out
    assert len([f for f in os.listdir(cache) if f.endswith('.pkl')]) == 8
