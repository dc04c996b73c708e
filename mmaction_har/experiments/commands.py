"""The ``tools/`` command lines that train and test one run.

``local`` runs ``tools/train.py`` / ``tools/test.py`` with this interpreter;
``dist`` runs ``tools/dist_train.sh`` / ``tools/dist_test.sh`` (torchrun, one
process per GPU). Both get the run's work dir, seed and ``--cfg-options``;
training also gets ``--auto-scale-lr`` when the config says its learning
rate's batch (``auto_scale_lr.base_batch_size``), so a run on 1 GPU trains
at the same effective learning rate as on N.
"""
import os
import os.path as osp
import shlex
import socket
import sys

from .cfg_options import to_argv

TOOLS = osp.join(osp.dirname(osp.dirname(osp.dirname(osp.abspath(
    __file__)))), 'tools')
PREDICTIONS_FILE = 'test_predictions.pkl'
LAUNCHERS = ('local', 'dist')


def _tool(launcher, gpus, name):
    if launcher == 'dist':
        return ['bash', osp.join(TOOLS, f'dist_{name}.sh')]
    return [sys.executable, osp.join(TOOLS, f'{name}.py')]


def scales_lr(config):
    """Whether ``config`` names the batch its learning rate is for."""
    from mmengine.config import Config
    try:
        cfg = Config.fromfile(config, import_custom_modules=False)
    except Exception:  # the tool itself reports an unreadable config
        return False
    return 'base_batch_size' in (cfg.get('auto_scale_lr') or {})


def train_command(run, work_dir, launcher='local', gpus=1, resume=None):
    """Command line training ``run`` into ``work_dir``.

    Args:
        resume (str | None): Checkpoint to resume from (``--resume PATH``).
    """
    cmd = _tool(launcher, gpus, 'train') + [run.config]
    if launcher == 'dist':
        cmd.append(str(gpus))
    cmd += ['--work-dir', work_dir, '--seed', str(run.seed)]
    if scales_lr(run.config):
        cmd.append('--auto-scale-lr')
    if resume:
        cmd += ['--resume', resume]
    return cmd + to_argv(run.cfg_options)


def test_command(run, work_dir, checkpoint, launcher='local', gpus=1):
    """Command line testing ``checkpoint``, dumping predictions, metrics
    (``test_metrics.json``) and the report (``report/report.html``) into
    ``work_dir``."""
    cmd = _tool(launcher, gpus, 'test') + [run.config, checkpoint]
    if launcher == 'dist':
        cmd.append(str(gpus))
    cmd += ['--work-dir', work_dir, '--dump',
            osp.join(work_dir, PREDICTIONS_FILE), '--report']
    return cmd + to_argv(run.cfg_options)


def launcher_env(launcher):
    """Extra environment of a tool: a free rendezvous ``PORT`` for ``dist``
    (the scripts' default 29500 may be taken by another job), unless the
    user set ``PORT``."""
    if launcher != 'dist' or 'PORT' in os.environ:
        return {}
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return {'PORT': str(s.getsockname()[1])}


def show(cmd):
    """A command line as a shell would take it."""
    return shlex.join(cmd)
