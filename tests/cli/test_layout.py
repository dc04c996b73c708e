"""The one CLI rule: every ``tools/**/X.py`` is the same few-line shim over
``mmaction_har/cli/**/X.py``, which holds ``build_parser`` and ``main``."""
import argparse
import ast
import glob
import importlib
import os.path as osp

import pytest

from ..conftest import REPO, TOOLS

# Everything below a tool's docstring, with its depth and mirror filled in.
SHIM = '''import os.path as osp
import sys

sys.path.insert(0, osp.abspath(osp.join(__file__, '{up}')))

from mmaction_har.cli import run_tool  # noqa: E402
from mmaction_har.cli.{module} import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_tool(main))
'''
CLI = osp.join(REPO, 'mmaction_har', 'cli')
# Modules of mmaction_har/cli that serve all tools rather than mirror one.
SHARED = {'__init__.py', 'common.py', 'parsers.py'}

TOOL_FILES = sorted(osp.relpath(p, TOOLS) for p in glob.glob(
    osp.join(TOOLS, '**', '*.py'), recursive=True))


def _module(rel):
    return osp.splitext(rel)[0].replace(osp.sep, '.')


@pytest.mark.parametrize('tool', TOOL_FILES)
def test_tool_is_a_shim(tool):
    with open(osp.join(TOOLS, tool)) as f:
        source = f.read()
    tree = ast.parse(source)
    doc = ast.get_docstring(tree)
    assert doc and 'tools/' + tool.replace(osp.sep, '/') in doc, \
        f'{tool}: the docstring should show its usage'
    body = ''.join(source.splitlines(True)[tree.body[0].end_lineno:])
    up = '/'.join(['..'] * (tool.count(osp.sep) + 2))
    assert body == SHIM.format(up=up, module=_module(tool)), \
        f'{tool} is not the shim of CONTRIBUTING.md, "Command-line tools"'


@pytest.mark.parametrize('tool', TOOL_FILES)
def test_tool_has_a_cli_mirror(tool):
    module = importlib.import_module('mmaction_har.cli.' + _module(tool))
    assert isinstance(module.build_parser(), argparse.ArgumentParser)
    assert callable(module.main)


def test_every_cli_module_mirrors_a_tool():
    modules = sorted(osp.relpath(p, CLI) for p in glob.glob(
        osp.join(CLI, '**', '*.py'), recursive=True))
    orphans = [m for m in modules if osp.basename(m) != '__init__.py'
               and m not in SHARED and m not in TOOL_FILES]
    assert not orphans, f'no tools/ script runs these: {orphans}'
