"""tools/analysis/plot_curves.py on a real run's logs; log merging."""
import json
import os.path as osp

import pytest
from PIL import Image

from mmaction_har.errors import HarError
from mmaction_har.evaluation.report import plot_curves, read_run

from .conftest import load_tool, tool_error


@pytest.fixture(scope='module')
def tool():
    return load_tool('analysis', 'plot_curves.py')


def test_tool_on_a_real_run(tool, trained_run, tmp_path, capsys):
    out = tmp_path / 'curves.png'
    tool.main([trained_run, trained_run + '/', '--out', str(out)])
    stdout = capsys.readouterr().out
    image = Image.open(out)
    # 4 keys (rows) x iterations and epochs (columns), 640 x 300 per panel
    assert image.size == (1280, 1200)
    assert len(set(image.convert('L').getdata())) > 10
    table = (tmp_path / 'curves.md').read_text()
    assert table in stdout and f'curves: {out}' in stdout
    name = osp.basename(trained_run)
    row = [line for line in table.splitlines() if f'`{trained_run}' in line]
    assert len(row) == 2 and name in row[0]
    # tiny corpus: 12 training clips, batch 2, 2 epochs
    assert '| 1 | 12 | 2 |' in row[0]


def test_read_run_series(trained_run):
    run = read_run(trained_run)
    assert run.by_epoch and len(run.segments) == 1
    assert [e['iter'] for e in run.train] == list(range(1, 13))
    assert [e['step'] for e in run.val] == [1, 2]
    assert run.epoch_end_iters() == {1: 6, 2: 12}
    assert run.wall_time >= 0 and run.iter_time > 0


def _segment(work_dir, stamp, lines, log_times):
    seg = work_dir / stamp
    (seg / 'vis_data').mkdir(parents=True)
    (seg / 'vis_data' / 'scalars.json').write_text(
        ''.join((x if isinstance(x, str) else json.dumps(x)) + '\n'
                for x in lines))
    (seg / f'{stamp}.log').write_text(''.join(
        f'{t} - mmengine - INFO - line\n' for t in log_times))


def test_resumed_run_is_merged(tmp_path):
    """Two segments (a --resume from epoch 1) and a test-only folder."""
    wd = tmp_path / 'run'
    _segment(wd, '20260101_000000', [
        dict(lr=0.1, loss=2.0, epoch=1, iter=1, step=1, time=1.0),
        dict(lr=0.1, loss=1.8, epoch=1, iter=2, step=2, time=1.0),
        {'acc/top1': 0.3, 'step': 1},
        dict(lr=0.1, loss=9.9, epoch=2, iter=3, step=3, time=1.0),
        '{"truncated'], ['2026/01/01 00:00:00', '2026/01/01 00:01:00'])
    _segment(wd, '20260101_010000', [
        dict(lr=0.05, loss=1.5, epoch=2, iter=3, step=3, time=2.0),
        dict(lr=0.05, loss=1.2, epoch=2, iter=4, step=4, time=2.0),
        {'acc/top1': 0.5, 'step': 2}],
        ['2026/01/01 01:00:00', '2026/01/01 01:00:30'])
    test_dir = wd / '20260101_020000'
    test_dir.mkdir()
    (test_dir / '20260101_020000.json').write_text('{"acc/top1": 0.9}\n')
    run = read_run(str(wd))
    assert [e['loss'] for e in run.train] == [2.0, 1.8, 1.5, 1.2]
    assert [e['acc/top1'] for e in run.val] == [0.3, 0.5]
    assert run.wall_time == 90 and run.iter_time == 6.0
    assert len(run.segments) == 2 and run.skipped_lines == 1
    _, drawn, table = plot_curves([str(wd)], str(tmp_path / 'c.png'),
                                  ['loss', 'acc/top1', 'grad_norm'])
    assert drawn == ['loss', 'acc/top1']
    assert '| run | `' in table and '| 2 | 4 | 2 | 90 s | 6.0 s | 0.5000 |' \
        in table


def test_errors(tool, tmp_path, capsys):
    (tmp_path / 'empty').mkdir()
    with pytest.raises(HarError, match=f'no training logs in '
                       f'{tmp_path / "empty"}: expected'):
        read_run(str(tmp_path / 'empty'))
    with pytest.raises(HarError, match='work dir not found'):
        read_run(str(tmp_path / 'none'))
    assert tool_error(tool, [str(tmp_path / 'empty')], capsys).startswith(
        f'error: no training logs in {tmp_path / "empty"}')
