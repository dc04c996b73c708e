"""The benchmark drivers run end to end (``--quick`` / ``--smoke``: tiny
sizes; the keys of their results are checked, not the speeds)."""
import json
import os.path as osp
import sys

import pytest

from ..conftest import REPO

sys.path.insert(0, REPO)

RATIO_KEYS = {
    'heatmaps': {'train', 'train_limb', 'test'},
    'pipeline': {'workers_0', 'workers_2'},
    'train_iter': {'stock_s', 'ours_s', 'device_s', 'speedup_vs_stock'},
    'plugin': {'stock_s', 'plugin_s', 'overhead'},
    'detector': {'detector_wall_s', 'naive_wall_s_extrapolated',
                 'speedup_vs_naive', 'outside_model_share'},
}


def test_run_quick(shared_data, tmp_path, capsys):
    from benchmarks import run
    report = run.main(['--quick', '--data', shared_data, '--work',
                       str(tmp_path / 'work'), '--out', str(tmp_path)])
    (path, ) = tmp_path.glob('*-quick.json')
    assert json.loads(path.read_text()) == json.loads(json.dumps(report))
    for section, keys in RATIO_KEYS.items():
        assert keys <= set(report[section]), section
    for case in report['heatmaps'].values():
        assert {'speedup_vs_stock', 'time_vs_bound'} <= set(case)
    assert report['detector']['max_abs_score_diff'] < 1e-5
    out = capsys.readouterr().out
    assert '| heatmaps, test: samples/s vs MMAction2 |' in out


def test_run_refuses_fewer_than_three_repeats():
    from benchmarks import run
    with pytest.raises(SystemExit):
        run.parse_args(['--repeats', '2'])


def test_gpu_script_smoke(tmp_path):
    sys.path.insert(0, osp.join(REPO, 'benchmarks', 'gpu'))
    import train_speed
    report = train_speed.main(['--smoke', '--out', str(tmp_path),
                               '--seconds', '0.2'])
    phases = {(p['mode'], p['amp']): p for p in report['phases']}
    assert set(phases) == {(m, a) for m in train_speed.MODES
                           for a in ('off', 'on')}
    for mode in train_speed.MODES:
        assert phases[mode, 'off']['samples_per_s'] > 0
        assert 0 <= phases[mode, 'off']['data_time_share'] <= 1
        assert 'skipped' in phases[mode, 'on']  # AMP needs CUDA
    assert osp.isfile(tmp_path / 'gpu_pipeline.json')
