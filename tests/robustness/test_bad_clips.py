"""A training list of 200 clips, 3 of them corrupt: the pre-flight stops
the run before its first iteration naming all three (in seconds), and with
the skip policy the run finishes and reports the three skipped."""
import os
import os.path as osp
import resource
import shutil
import time

import pytest

from ..conftest import REPO, TOOLS, run_tool
from .cases import VIDEO_CONFIG

TRAIN = osp.join(TOOLS, 'train.py')
BAD = {17: 'empty', 101: 'text', 188: 'truncated'}  # line -> kind


@pytest.fixture(scope='module')
def two_hundred(tmp_path_factory):
    from ..fixtures.media import write_index_video
    root = tmp_path_factory.mktemp('two_hundred')
    videos = root / 'videos'
    base = [write_index_video(root / f'base{i}.avi', 12) for i in range(3)]
    lines = []
    for i in range(200):
        name = f'clip{i:03d}.avi'
        line = i + 1
        if line in BAD:
            data = open(base[0], 'rb').read()
            content = dict(empty=b'', text=b'not a video\n' * 4,
                           truncated=data[:200])[BAD[line]]
            os.makedirs(videos, exist_ok=True)
            (videos / name).write_bytes(content)
        else:
            os.makedirs(videos, exist_ok=True)
            os.link(base[i % 3], videos / name)  # hard links: 200 clips
        lines.append(f'{name} {i % 3}')
    (root / 'train.txt').write_text('\n'.join(lines) + '\n')
    (root / 'val.txt').write_text('clip000.avi 0\nclip001.avi 1\n')
    (root / 'config.py').write_text(VIDEO_CONFIG.format(
        runtime=osp.join(REPO, 'configs', '_base_', 'default_runtime.py'),
        dataset='VideoDataset', extra=[], videos=str(videos),
        train=str(root / 'train.txt'), val=str(root / 'val.txt'),
        test=str(root / 'val.txt')))
    return root


def bad_lines(root):
    return [f'{root / "train.txt"}:{line}: {root / "videos"}/'
            f'clip{line - 1:03d}.avi' for line in sorted(BAD)]


def test_preflight_stops_before_training(two_hundred, tmp_path):
    env = dict(HAR_PREFLIGHT_CACHE=str(tmp_path / 'cache.json'),
               PYTHONPATH=REPO)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    result = run_tool([TRAIN, str(two_hundred / 'config.py'), '--work-dir',
                       str(tmp_path / 'work')], env=env)
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime -
                                                before.ru_stime)
    assert result.returncode == 1 and 'Traceback' not in result.stderr
    for where in bad_lines(two_hundred):
        assert where in result.stderr
    errors = [ln for ln in result.stderr.splitlines()
              if ln.startswith('error:')]
    assert len(errors) == 1 and 'pre-flight found 3 problems' in errors[0]
    assert 'Epoch(train)' not in result.stdout + result.stderr
    assert not (tmp_path / 'work').exists()  # stopped before the Runner
    checked = next(ln for ln in result.stdout.splitlines()
                   if ln.startswith('pre-flight: 202 samples'))
    seconds = float(checked.split(' checked in ')[1].split(' s')[0])
    # The pre-flight itself, and the whole tool in CPU seconds (wall time
    # on a shared machine depends on its load; it is printed for the log).
    assert seconds < 10 and cpu < 10, (seconds, cpu, wall)
    print(f'pre-flight {seconds:.1f} s, tool {cpu:.1f} CPU s, {wall:.1f} s '
          'wall')
    # the second run probes nothing: every video comes from the cache
    again = run_tool([TRAIN, str(two_hundred / 'config.py'), '--work-dir',
                      str(tmp_path / 'work')], env=env)
    assert '(0 videos probed, 202 from the cache)' in again.stdout


def test_skip_policy_finishes_and_reports(two_hundred, tmp_path):
    result = run_tool([TRAIN, str(two_hundred / 'config.py'), '--work-dir',
                       str(tmp_path / 'work'), '--skip-bad-samples',
                       '--cfg-options', 'train_dataloader.batch_size=8'],
                      env=dict(HAR_PREFLIGHT_CACHE=str(tmp_path / 'c.json'),
                               PYTHONPATH=REPO))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert 'Traceback' not in log
    for where in bad_lines(two_hundred):
        assert 'will skip: ' in log and where in log
    report = next(ln for ln in log.splitlines()
                  if 'epoch 1: skipped' in ln)
    assert 'skipped 3 bad sample(s) of 3 file(s)' in report
    for where in bad_lines(two_hundred):
        assert where in report
    assert 'skip policy: 3 sample(s) skipped in this run' in log
    assert osp.isfile(tmp_path / 'work' / 'epoch_1.pth')
    shutil.rmtree(tmp_path / 'work')
