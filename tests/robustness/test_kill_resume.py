"""``kill -9`` mid-epoch and mid-save, then ``--resume``: the run ends with
the same weights and metrics as an uninterrupted one (``--seed 0
--deterministic``, CPU). The kills are real SIGKILLs the training process
sends itself at a chosen point (:mod:`.killer`). Without ``EpochSeedHook``
(no ``--deterministic``) the resumed weights differ (checked by hand when
this test was written: the random streams restart from the Runner's seed).
"""
import os
import os.path as osp
import re
import shutil
import signal

import pytest
import torch

from ..conftest import REPO, TOOLS, run_tool

TRAIN = osp.join(TOOLS, 'train.py')
EPOCHS = 2
KILLER = """
_base_ = [{base!r}]
custom_imports = dict(imports=['mmaction_har', 'tests.robustness.killer'],
                      allow_failed_imports=False)
custom_hooks = [dict(type='KillHook', {kill})]
"""
VAL_RE = re.compile(r'Epoch\(val\) \[(\d+)\]\[\d+/\d+\]\s+(acc/top1: .*?)'
                    r'\s+data_time')


@pytest.fixture(scope='module')
def configs(tiny_pose_config, tmp_path_factory):
    """The tiny PoseC3D config (2 epochs, batch 2, no workers, a checkpoint
    every epoch) and two copies that kill themselves."""
    folder = tmp_path_factory.mktemp('kill_configs')
    shutil.copy(tiny_pose_config, folder / 'base.py')
    # 12 training clips, batch 2: iteration 8 is in epoch 2
    (folder / 'mid_epoch.py').write_text(KILLER.format(
        base=tiny_pose_config, kill='at_iter=8'))
    (folder / 'mid_save.py').write_text(KILLER.format(
        base=tiny_pose_config, kill='in_save_of=2'))
    return folder


def train(config, work_dir, *extra):
    return run_tool([TRAIN, str(config), '--work-dir', str(work_dir),
                     '--seed', '0', '--deterministic', '--skip-preflight',
                     *extra], env=dict(PYTHONPATH=REPO))


def final(work_dir, log):
    """Weights of the last epoch and the metrics of every validation."""
    ckpt = torch.load(osp.join(work_dir, f'epoch_{EPOCHS}.pth'),
                      map_location='cpu', weights_only=True)
    return ckpt['state_dict'], dict(VAL_RE.findall(log))


@pytest.fixture(scope='module')
def uninterrupted_dir(configs, tmp_path_factory):
    work = tmp_path_factory.mktemp('uninterrupted')
    result = train(configs / 'base.py', work)
    assert result.returncode == 0, result.stderr[-3000:]
    (work / 'log.txt').write_text(result.stdout + result.stderr)
    return work


@pytest.fixture(scope='module')
def uninterrupted(uninterrupted_dir):
    return final(uninterrupted_dir,
                 (uninterrupted_dir / 'log.txt').read_text())


def same(a, b):
    weights_a, metrics_a = a
    weights_b, metrics_b = b
    assert sorted(weights_a) == sorted(weights_b)
    for key in weights_a:
        assert torch.equal(weights_a[key], weights_b[key]), key
    assert metrics_a[str(EPOCHS)] == metrics_b[str(EPOCHS)]


def test_kill_mid_epoch_then_mid_save_then_resume(configs, uninterrupted,
                                                  tmp_path):
    """Killed in epoch 2; resumed and killed again half-way through writing
    epoch 2's checkpoint; resumed again: the end is the uninterrupted run's.
    """
    killed = train(configs / 'mid_epoch.py', tmp_path)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    assert sorted(n for n in os.listdir(tmp_path) if n.startswith(
        'epoch_')) == ['epoch_1.pth']
    killed = train(configs / 'mid_save.py', tmp_path, '--resume')
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    assert 'resumed epoch: 1' in killed.stdout + killed.stderr
    names = os.listdir(tmp_path)
    # the half-written epoch 2 is a hidden temporary file, never
    # epoch_2.pth; the latest checkpoint is still epoch 1
    assert 'epoch_2.pth' not in names
    assert any(n.startswith('.tmp-epoch_2.pth.') for n in names), names
    assert (tmp_path / 'last_checkpoint').read_text().endswith(
        'epoch_1.pth')
    resumed = train(configs / 'base.py', tmp_path, '--resume')
    log = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, log[-3000:]
    assert 'resumed epoch: 1' in log
    same(final(tmp_path, log), uninterrupted)


def test_resume_skips_a_truncated_latest_checkpoint(uninterrupted_dir,
                                                    configs, tmp_path):
    """A latest checkpoint cut short (by a writer without atomic saves) is
    skipped for the newest complete one, saying so; the run still ends
    like the uninterrupted one."""
    work = tmp_path / 'work'
    shutil.copytree(uninterrupted_dir, work)
    last = work / f'epoch_{EPOCHS}.pth'
    data = last.read_bytes()
    last.write_bytes(data[:len(data) // 2])
    (work / 'last_checkpoint').write_text(str(last))
    resumed = train(configs / 'base.py', work, '--resume')
    log = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, log[-3000:]
    assert f'{last} (' in log and 'is truncated' in log
    assert f'resuming from {work / f"epoch_{EPOCHS - 1}.pth"} instead' in log
    same(final(work, log), final(uninterrupted_dir, (
        uninterrupted_dir / 'log.txt').read_text()))
