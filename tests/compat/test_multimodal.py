"""``import mmaction.models`` next to transformers 5 (VindLU's old import)."""
import subprocess
import sys

import pytest

from ..conftest import REPO

# VindLU's modeling_bert imports this name, which transformers 5 removed.
MODELING_UTILS = 'class PreTrainedModel:\n    pass\n'


@pytest.fixture
def transformers5(tmp_path):
    """A ``transformers`` 5.0.0 distribution without the old name."""
    package = tmp_path / 'transformers'
    package.mkdir()
    (package / '__init__.py').write_text('__version__ = "5.0.0"\n')
    (package / 'modeling_utils.py').write_text(MODELING_UTILS)
    info = tmp_path / 'transformers-5.0.0.dist-info'
    info.mkdir()
    (info / 'METADATA').write_text(
        'Metadata-Version: 2.1\nName: transformers\nVersion: 5.0.0\n')
    return str(tmp_path)


def _run(code, path):
    return subprocess.run([sys.executable, '-c', code], cwd=REPO,
                          env={'PYTHONPATH': f'{path}:{REPO}',
                               'PATH': '/usr/bin:/bin'},
                          capture_output=True, text=True, timeout=300)


def test_models_import_with_transformers5(transformers5):
    result = _run(
        'import mmaction_har, mmaction.models\n'
        'from mmaction.registry import MODELS\n'
        'from mmaction.utils import dependency\n'
        'assert not dependency.WITH_MULTIMODAL\n'
        'assert MODELS.get("VindLUVQA") is not None\n'
        'print("ok")\n', transformers5)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith('ok')


def test_upstream_fails_without_the_fix(transformers5):
    # Only the drn fix (the wheel's missing folder), loaded without
    # mmaction_har/__init__ (which would apply every fix).
    result = _run(
        'import importlib.util, sys, types\n'
        'pkg = types.ModuleType("_compat")\n'
        'pkg.__path__ = ["mmaction_har/compat"]\n'
        'sys.modules["_compat"] = pkg\n'
        'spec = importlib.util.spec_from_file_location(\n'
        '    "_compat.drn", "mmaction_har/compat/drn.py")\n'
        'drn = importlib.util.module_from_spec(spec)\n'
        'sys.modules["_compat.drn"] = drn\n'
        'spec.loader.exec_module(drn)\n'
        'drn.install()\n'
        'import mmaction.models\n', transformers5)
    # It dies inside VindLU's imports of transformers (the stand-in lacks
    # the names VindLU expects, as transformers 5 does).
    assert result.returncode != 0
    assert 'multimodal/vindlu' in result.stderr
    assert 'Error: ' in result.stderr.strip().splitlines()[-1]
