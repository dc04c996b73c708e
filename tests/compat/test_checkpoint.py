"""mmengine checkpoints load with weights_only=True; anything else is
refused."""
import os
import os.path as osp
import pickle
import subprocess
import sys

import pytest
import torch

import mmaction_har  # noqa: F401
from mmaction_har.errors import CheckpointError, UnsafeCheckpointError
from mmengine.logging import HistoryBuffer
from mmengine.runner.checkpoint import _load_checkpoint

from ..conftest import TOOLS, run_tool


class _RunsCommand:
    """Unpickling this runs a shell command (a classic malicious pickle)."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f'touch {self.marker}', )


class _GetattrGadget:
    """Reaches beyond HistoryBuffer's statistics through builtins.getattr."""

    def __reduce__(self):
        return getattr, (HistoryBuffer, '__init__')


@pytest.fixture(scope='module')
def runner_checkpoint(tiny_pose_config, tmp_path_factory):
    """A checkpoint written by mmengine's Runner (message hub, optimizer,
    ...)."""
    work_dir = tmp_path_factory.mktemp('ckpt')
    result = run_tool([osp.join(TOOLS, 'train.py'), tiny_pose_config,
                       '--work-dir', str(work_dir), '--cfg-options',
                       'train_cfg.max_epochs=1'])
    assert result.returncode == 0, result.stderr[-3000:]
    return str(work_dir / 'epoch_1.pth')


def test_plain_torch_load_refuses_runner_checkpoint(runner_checkpoint):
    """Without the allowlist torch >= 2.6 cannot read mmengine checkpoints."""
    code = ('import torch, sys; torch.load(sys.argv[1])')
    result = subprocess.run([sys.executable, '-c', code, runner_checkpoint],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert 'HistoryBuffer' in result.stderr or 'getattr' in result.stderr


def test_runner_checkpoint_loads_with_weights_only(runner_checkpoint):
    ckpt = _load_checkpoint(runner_checkpoint, map_location='cpu')
    assert set(ckpt) >= {'meta', 'state_dict', 'optimizer', 'message_hub'}
    buffers = ckpt['message_hub']['log_scalars']
    assert isinstance(buffers['train/loss'], HistoryBuffer)
    assert buffers['train/loss'].mean() > 0


def test_only_mmengine_types_are_allowed():
    names = {g[1] if isinstance(g, tuple) else
             f'{g.__module__}.{g.__qualname__}'
             for g in mmaction_har.compat.checkpoint.allowed_globals()}
    assert 'mmengine.logging.history_buffer.HistoryBuffer' in names
    assert 'builtins.getattr' in names  # restricted, see below
    assert not any(n.startswith(('os.', 'posix.', 'subprocess.', 'builtins.e'))
                   for n in names)


def test_malicious_checkpoint_is_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / 'pwned'
    path = tmp_path / 'evil.pth'
    torch.save({'state_dict': {}, 'meta': _RunsCommand(marker)}, path)
    with pytest.raises(UnsafeCheckpointError) as err:
        _load_checkpoint(str(path), map_location='cpu')
    assert str(path) in str(err.value)
    assert 'system' in str(err.value)
    assert not marker.exists()


def test_getattr_gadget_is_refused(tmp_path):
    path = tmp_path / 'gadget.pth'
    torch.save({'meta': _GetattrGadget()}, path)
    with pytest.raises(UnsafeCheckpointError, match='gadget.pth'):
        _load_checkpoint(str(path), map_location='cpu')


def test_test_tool_refuses_malicious_checkpoint(tiny_pose_config, tmp_path):
    marker = tmp_path / 'pwned'
    path = tmp_path / 'evil.pth'
    torch.save({'state_dict': {}, 'meta': _RunsCommand(marker)}, path)
    result = run_tool([osp.join(TOOLS, 'test.py'), tiny_pose_config,
                       str(path), '--work-dir', str(tmp_path / 'wd')])
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith('error: refused to load checkpoint')
    assert 'Traceback' not in result.stderr
    assert not marker.exists()


def test_legacy_pickle_checkpoint_is_refused(tmp_path):
    marker = tmp_path / 'pwned'
    path = tmp_path / 'legacy.pth'
    with open(path, 'wb') as f:
        pickle.dump({'meta': _RunsCommand(marker)}, f)
    # a plain pickle is not a torch file: refused before unpickling
    with pytest.raises(CheckpointError, match='plain pickle'):
        _load_checkpoint(str(path), map_location='cpu')
    assert not marker.exists()
