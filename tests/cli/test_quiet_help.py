"""No tool's ``--help`` prints a warning (mmcv-lite, pkg_resources, ...).

One fresh interpreter with Python's default warning filters (the test
suite's ``PYTHONWARNINGS=ignore`` removed) runs every tool's ``--help`` in
turn; whatever reaches stderr is attributed to the tool that printed it.
Every tool imports ``mmaction_har`` before the stack, so the first tool
sees every import-time warning there is.
"""
import glob
import os
import os.path as osp
import subprocess
import sys

from ..conftest import REPO, TOOLS

DRIVER = r'''
import runpy, sys
for tool in sys.argv[1:]:
    sys.stderr.write(f'=== {tool}\n')
    sys.stderr.flush()
    sys.argv = [tool, '--help']
    path = list(sys.path)
    try:
        runpy.run_path(tool, run_name='__main__')
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            sys.stderr.write(f'exit {exit_.code}\n')
    sys.path[:] = path
    sys.stderr.flush()
'''


def test_no_tool_help_prints_a_warning():
    tools = sorted(glob.glob(osp.join(TOOLS, '**', '*.py'), recursive=True))
    env = {k: v for k, v in os.environ.items() if k != 'PYTHONWARNINGS'}
    env['OMP_NUM_THREADS'] = '1'
    result = subprocess.run([sys.executable, '-c', DRIVER] + tools,
                            cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    printed, tool = {}, None
    for line in result.stderr.splitlines():
        if line.startswith('=== '):
            tool = osp.relpath(line[4:], TOOLS)
        elif line.strip():
            printed.setdefault(tool, []).append(line)
    assert len(tools) > 20 and result.stdout.count('usage:') == len(tools)
    assert printed == {}, printed
