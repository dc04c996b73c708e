"""`import mmaction.models` with the PyPI mmaction2 1.2.0 wheel."""
import subprocess
import sys

import pytest


def _python(code):
    return subprocess.run([sys.executable, '-W', 'ignore', '-c', code],
                          capture_output=True, text=True, timeout=300)


def test_upstream_wheel_lacks_drn():
    """The breakage is real: without the plugin the import fails."""
    result = _python('import mmaction.models')
    if result.returncode == 0:
        pytest.skip('this mmaction2 ships localizers/drn; no fix needed')
    assert "No module named 'mmaction.models.localizers.drn'" in result.stderr


def test_import_models_after_plugin():
    result = _python(
        'import mmaction_har, mmaction.models as m; '
        'from mmaction.registry import MODELS; '
        'print(m.Recognizer3D.__name__, MODELS.get("ResNet3dSlowOnly"))')
    assert result.returncode == 0, result.stderr
    assert 'Recognizer3D' in result.stdout


def test_drn_placeholder_raises_clear_error():
    import mmaction_har  # noqa: F401
    from mmaction.models.localizers import DRN
    with pytest.raises(ImportError, match='not shipped in the PyPI'):
        DRN()
