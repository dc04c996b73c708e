"""Every tool has --help, and a user's mistake is one clear line."""
import glob
import os.path as osp
import runpy
import sys

import pytest

from ..conftest import REPO, TOOLS, run_tool

PY_TOOLS = ['train.py', 'test.py', 'demo.py',
            osp.join('data', 'make_demo_corpus.py')]
SH_TOOLS = {'dist_train.sh': 2, 'dist_test.sh': 3, 'slurm_train.sh': 3,
            'slurm_test.sh': 4}


@pytest.mark.parametrize('tool', PY_TOOLS)
def test_help(tool):
    result = run_tool([osp.join(TOOLS, tool), '--help'])
    assert result.returncode == 0, result.stderr
    assert 'usage:' in result.stdout


ALL_PY_TOOLS = sorted(osp.relpath(p, TOOLS) for p in glob.glob(
    osp.join(TOOLS, '**', '*.py'), recursive=True))


@pytest.mark.parametrize('tool', ALL_PY_TOOLS)
def test_every_tool_has_help(tool, monkeypatch, capsys):
    """In-process (one import of the stack for all tools): ``--help`` exits 0
    with a usage line. The subprocess path set-up is covered above and by
    each tool's own tests."""
    monkeypatch.setattr(sys, 'argv', [osp.join(TOOLS, tool), '--help'])
    monkeypatch.setattr(sys, 'path', list(sys.path))  # tools prepend REPO
    with pytest.raises(SystemExit) as exc:
        runpy.run_path(osp.join(TOOLS, tool), run_name='__main__')
    assert exc.value.code in (0, None)
    assert 'usage:' in capsys.readouterr().out


@pytest.mark.parametrize('tool,nargs', sorted(SH_TOOLS.items()))
def test_shell_usage(tool, nargs):
    result = run_tool(['bash', osp.join(TOOLS, tool)])
    assert result.returncode == 2
    assert 'usage: bash' in result.stderr


def _one_line_error(result, *fragments):
    assert result.returncode != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines, result.stdout[-2000:]
    assert lines[-1].startswith('error: '), result.stderr[-3000:]
    assert 'Traceback' not in result.stderr, result.stderr[-3000:]
    for fragment in fragments:
        assert fragment in lines[-1]


def test_train_missing_config():
    _one_line_error(run_tool([osp.join(TOOLS, 'train.py'), 'nope.py']),
                    'config file not found', 'nope.py')


def test_train_missing_data(tmp_path):
    missing = tmp_path / 'absent.pkl'
    result = run_tool([osp.join(TOOLS, 'train.py'),
                       osp.join(REPO, 'configs', 'posec3d', 'demo.py'),
                       '--work-dir', str(tmp_path), '--cfg-options',
                       f'train_dataloader.dataset.ann_file={missing}'])
    _one_line_error(result, 'annotation file of train_dataloader',
                    str(missing))


def test_train_missing_resume_checkpoint(tiny_pose_config, tmp_path):
    result = run_tool([osp.join(TOOLS, 'train.py'), tiny_pose_config,
                       '--work-dir', str(tmp_path), '--resume',
                       str(tmp_path / 'gone.pth')])
    _one_line_error(result, 'checkpoint to resume from not found', 'gone.pth')


def test_train_missing_load_from(tiny_pose_config, tmp_path):
    result = run_tool([osp.join(TOOLS, 'train.py'), tiny_pose_config,
                       '--work-dir', str(tmp_path), '--cfg-options',
                       'load_from=gone.pth'])
    _one_line_error(result, 'checkpoint in load_from not found', 'gone.pth')


def test_test_missing_checkpoint(tiny_pose_config, tmp_path):
    result = run_tool([osp.join(TOOLS, 'test.py'), tiny_pose_config,
                       str(tmp_path / 'gone.pth')])
    _one_line_error(result, 'checkpoint not found', 'gone.pth')


def test_test_bad_dump_suffix(tiny_pose_config, tmp_path):
    ckpt = tmp_path / 'x.pth'
    ckpt.write_bytes(b'')
    result = run_tool([osp.join(TOOLS, 'test.py'), tiny_pose_config,
                       str(ckpt), '--dump', str(tmp_path / 'out.json')])
    _one_line_error(result, '--dump must name a .pkl')


def test_amp_needs_gpu(tiny_pose_config, tmp_path):
    import torch
    if torch.cuda.is_available():
        pytest.skip('a GPU is present')
    result = run_tool([osp.join(TOOLS, 'train.py'), tiny_pose_config,
                       '--work-dir', str(tmp_path), '--amp'])
    _one_line_error(result, '--amp needs a CUDA GPU')


def test_dist_train_missing_config():
    result = run_tool(['bash', osp.join(TOOLS, 'dist_train.sh'), 'nope.py',
                       '2'])
    assert result.returncode == 1
    assert 'config file not found: nope.py' in result.stderr


def test_default_work_dir_keeps_the_family():
    from mmaction_har.config import default_work_dir
    assert default_work_dir('configs/i3d/kth.py') == osp.join(
        '.', 'work_dirs', 'i3d', 'kth')
    assert default_work_dir(
        osp.join(REPO, 'configs', 'posec3d', 'demo.py')) == osp.join(
        '.', 'work_dirs', 'posec3d', 'demo')
    assert default_work_dir('/tmp/my_cfg.py') == osp.join(
        '.', 'work_dirs', 'my_cfg')
