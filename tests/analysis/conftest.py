"""A real tiny training run (tools/train.py, 2 epochs) shared by the tests of
the analysis tools: its logs feed plot_curves, its checkpoint test --report.
Tools other than train/test run in this process (``load_tool``): starting
a Python that imports torch costs seconds."""
import importlib.util
import os.path as osp

import pytest

from ..conftest import TOOLS, run_tool


def ok(result):
    """Assert a tool exited 0; show its output tail otherwise."""
    assert result.returncode == 0, \
        result.stdout[-3000:] + result.stderr[-3000:]
    return result


def load_tool(*parts):
    """Import ``tools/<parts>.py`` as a module (it has a ``main(argv)``)."""
    path = osp.join(TOOLS, *parts)
    spec = importlib.util.spec_from_file_location(
        'tool_' + '_'.join(parts).replace('.py', ''), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool_error(module, argv, capsys):
    """Run a tool like its ``__main__`` does; return its one error line."""
    from mmaction_har.cli.common import run_tool as cli
    with pytest.raises(SystemExit) as exit_info:
        cli(module.main, argv)
    assert exit_info.value.code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('error: ')
    return lines[0]


@pytest.fixture(scope='session')
def trained_run(tiny_pose_config, tmp_path_factory):
    work_dir = str(tmp_path_factory.mktemp('analysis_run'))
    ok(run_tool([osp.join(TOOLS, 'train.py'), tiny_pose_config,
                 '--work-dir', work_dir, '--seed', '0']))
    return work_dir
