"""The runner end to end: dry run, errors, skip, and resume after a kill."""
import csv
import os
import os.path as osp
import signal
import subprocess
import sys
import time

import pytest
import torch
import yaml

from mmaction_har.cli.common import run_tool
from mmaction_har.cli.experiments.run import main
from mmaction_har.errors import HarError
from mmaction_har.experiments import ExperimentRunner, load_spec
from mmaction_har.experiments import state as st
from mmaction_har.experiments.execute import experiment_lock, plan_run
from mmaction_har.experiments.spec import parse_spec
from tests.conftest import REPO, TOOLS

TOOL = osp.join(TOOLS, 'experiments', 'run.py')


def _tool(argv, capsys):
    """Run the tool's main in this process (imports are paid once)."""
    try:
        run_tool(main, argv)
        code = 0
    except SystemExit as err:
        code = err.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_dry_run_prints_commands_and_runs_nothing(tmp_path, capsys,
                                                  monkeypatch):
    monkeypatch.chdir(REPO)
    root = tmp_path / 'root'
    code, out, err = _tool(['configs/experiments/demo.yaml', '--dry-run',
                            '--work-root', str(root), '--launcher', 'dist',
                            '--gpus', '2'], capsys)
    assert code == 0, err
    assert '5 run(s) of 5' in out
    assert '[2/5] posec3d_demo_lr0.05_seed1: train (new run)' in out
    assert '[5/5] slowonly_demo_no-bg_seed0: train (new run)' in out
    assert 'dist_train.sh configs/slowonly/demo_no-bg.py 2' in out
    assert (f'tools/dist_train.sh configs/posec3d/demo.py 2 --work-dir '
            f'{root}/demo/posec3d_demo_lr0.0125_seed0 --seed 0 '
            '--auto-scale-lr --cfg-options train_cfg.max_epochs=2') in out
    assert 'optim_wrapper.optimizer.lr=0.0125' in out
    assert 'tools/dist_test.sh configs/posec3d/demo.py' in out
    assert '--report' in out
    assert not root.exists()


def test_bad_spec_and_missing_configs_fail_before_running(tmp_path, capsys,
                                                          monkeypatch):
    monkeypatch.chdir(REPO)
    bad = tmp_path / 'bad.yaml'
    bad.write_text('grid:\n  configs: [configs/posec3d/demo.py]\n'
                   '  variants: [{name: a, lr: 0.1}]\n')
    code, _, err = _tool([str(bad), '--work-root', str(tmp_path / 'w')],
                         capsys)
    assert code == 1
    assert err.strip() == (
        'error: grid[0].variants[0]: unknown key(s) lr; expected some of '
        'name, config, cfg_options, seeds')

    missing = tmp_path / 'missing.yaml'
    missing.write_text('grid:\n  configs: [configs/posec3d/demo.py, '
                       'configs/i3d/nothing.py]\n  variants: [a, '
                       "{name: b, config: '{dir}/{stem}_b.py'}]\n")
    code, _, err = _tool([str(missing), '--work-root', str(tmp_path / 'w')],
                         capsys)
    assert code == 1
    assert err.startswith('error: 3 config file(s) of spec')
    assert 'configs/i3d/nothing.py (runs i3d_nothing_a_seed0)' in err
    assert 'configs/posec3d/demo_b.py' in err
    assert not (tmp_path / 'w').exists()


def test_plan_from_state(tmp_path):
    run = parse_spec(dict(runs=[dict(name='r', config='c.py')]), 's').runs[0]
    fp = st.fingerprint(run, digest='abc')
    run_dir = str(tmp_path)
    assert plan_run(run, str(tmp_path / 'none'), fp).reason == 'new run'
    st.write_state(run_dir, dict(run=run.entry(), status=st.TRAIN,
                                 fingerprint=fp))
    plan = plan_run(run, run_dir, fp)
    assert (plan.action, plan.reason) == (
        'train', 'interrupted before its first checkpoint; starting afresh')
    torch.save({}, osp.join(run_dir, 'epoch_1.pth'))
    plan = plan_run(run, run_dir, fp)
    assert (plan.action, osp.basename(plan.resume_from)) == (
        'resume', 'epoch_1.pth')
    st.write_state(run_dir, dict(run=run.entry(), status=st.FAILED,
                                 failed_step='test', fingerprint=fp))
    torch.save({}, osp.join(run_dir, 'best_acc_top1_epoch_1.pth'))
    assert plan_run(run, run_dir, fp).action == 'test'
    st.write_state(run_dir, dict(run=run.entry(), status=st.DONE,
                                 fingerprint=fp))
    assert plan_run(run, run_dir, fp).action == 'test'  # no metrics file
    st.dump_json_atomic({'metrics': {}}, st.metrics_file(run_dir))
    assert plan_run(run, run_dir, fp).action == 'skip'
    changed = dict(fp, cfg_options={'train_cfg.max_epochs': 3})
    plan = plan_run(run, run_dir, changed)
    assert (plan.action, plan.reason) == (
        'train', 'changed since the last run (cfg_options); starting afresh')


def _wait_for(predicate, proc, timeout, what):
    deadline = time.time() + timeout
    while not predicate():
        if proc.poll() is not None:
            pytest.fail(f'runner exited ({proc.returncode}) before {what}')
        if time.time() > deadline:
            pytest.fail(f'timed out waiting for {what}')
        time.sleep(0.05)


def _read(path):
    return open(path).read() if osp.isfile(path) else ''


def test_resume_after_kill_skips_finished_runs(tiny_pose_config, tmp_path):
    """Kill the runner (and its training) in the middle of the second run's
    training, run it again: the first run is not re-run, the second resumes
    from its checkpoint, and the table lists both."""
    spec = tmp_path / 'resume.yaml'
    epochs = {'short': 1, 'long': 3}
    spec.write_text(yaml.safe_dump(dict(runs=[
        dict(name=name, config=tiny_pose_config, cfg_options={
            'train_cfg.max_epochs': n, 'param_scheduler.0.T_max': n})
        for name, n in epochs.items()])))
    root = tmp_path / 'root'
    exp = root / 'resume'
    cmd = [sys.executable, TOOL, str(spec), '--work-root', str(root)]
    env = dict(os.environ, OMP_NUM_THREADS='1', PYTHONWARNINGS='ignore')
    with open(tmp_path / 'first.out', 'w') as out:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            # Epoch 2 has started: epoch 1's checkpoint is complete.
            _wait_for(lambda: 'Epoch(train) [2]' in _read(
                exp / 'long_seed0' / 'train.log'), proc, 240,
                'epoch 2 of the long run')
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # runner and training
            proc.wait()
    short, long = exp / 'short_seed0', exp / 'long_seed0'
    assert st.read_state(str(short))['status'] == st.DONE
    assert st.read_state(str(long))['status'] == st.TRAIN
    stamps = {p: os.stat(p).st_mtime_ns
              for p in (short / 'test_metrics.json', short / 'run.json')}

    # Again, in this process (the first call was the tool script).
    lines = []
    runner = ExperimentRunner(load_spec(str(spec)), str(root),
                              echo=lines.append)
    assert runner.run(runner.spec.runs) == []
    out = '\n'.join(lines)
    assert '[1/2] short_seed0: finished earlier, skipped' in out
    assert '[2/2] long_seed0: resume (interrupted; resuming from epoch_' in out
    assert {p: os.stat(p).st_mtime_ns for p in stamps} == stamps
    state = st.read_state(str(long))
    assert (state['status'], state['epochs'], state['attempts']) == (
        st.DONE, 3, 2)
    # The second attempt started where the first stopped.
    second = _read(long / 'train.log').split('\n$ ')[-1]
    assert '--resume' in second.splitlines()[0]
    assert 'Epoch(train) [1]' not in second
    assert 'Epoch(train) [3]' in second
    assert osp.isfile(long / 'test_predictions.pkl')
    with open(exp / 'comparison.csv') as f:
        rows = list(csv.DictReader(f))
    assert [(r['run'], r['status'], r['epochs']) for r in rows] == [
        ('short_seed0', 'done', '1'), ('long_seed0', 'done', '3')]
    assert float(rows[1]['top1']) == pytest.approx(
        100 * state['metrics']['acc/top1'], abs=1e-4)
    assert osp.getsize(exp / 'comparison_top1.png') > 1000


def test_second_runner_on_the_same_experiment_is_refused(tmp_path):
    with experiment_lock(str(tmp_path)):
        with pytest.raises(HarError, match=r'in use by another experiment '
                           rf'runner .*\(runner pid {os.getpid()}\)'):
            with experiment_lock(str(tmp_path)):
                pass
    with experiment_lock(str(tmp_path)):  # released
        pass
