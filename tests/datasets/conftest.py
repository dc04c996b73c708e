"""Tiny generated media for the dataset importer tests.

Fixtures here are prefixed ``har_`` so they do not clash with others.
"""
import os
import os.path as osp

import numpy as np
import pytest

#: Gray level of frame ``i`` in the videos of :func:`write_index_video`.
LEVEL_STEP = 4


def write_index_video(path, num_frames, size=(32, 24), fps=25):
    """Write an MJPG video whose frame ``i`` is uniformly ``4 * i`` gray.

    Lets a test read back which frames a pipeline decoded (up to 63 frames
    are distinct). ``size`` is (width, height).
    """
    import cv2
    os.makedirs(osp.dirname(osp.abspath(path)), exist_ok=True)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*'MJPG'), fps,
                             size)
    for i in range(num_frames):
        level = (LEVEL_STEP * i) % 256
        writer.write(np.full((size[1], size[0], 3), level, np.uint8))
    writer.release()
    return str(path)


def frame_index(img):
    """The frame index encoded by :func:`write_index_video` in ``img``."""
    return int(round(float(np.mean(img)) / LEVEL_STEP))


@pytest.fixture(scope='session')
def har_write_video():
    """:func:`write_index_video` as a fixture."""
    return write_index_video


@pytest.fixture(scope='session')
def har_frame_index():
    """:func:`frame_index` as a fixture."""
    return frame_index


@pytest.fixture(scope='session')
def har_run_tool():
    """Run ``tools/data/<name>`` with this interpreter from the repository.

    Returns a function ``(name, *args) -> CompletedProcess``.
    """
    import subprocess
    import sys
    repo = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))

    def run(name, *args):
        env = dict(os.environ, OMP_NUM_THREADS='1', PYTHONWARNINGS='ignore')
        return subprocess.run(
            [sys.executable, osp.join(repo, 'tools', 'data', name),
             *map(str, args)], cwd=repo, env=env, capture_output=True,
            text=True, timeout=300)

    return run


@pytest.fixture
def har_mmaction_scope():
    """MMAction2's registries as the default scope (as configs set it)."""
    import mmaction_har  # noqa: F401  (compat fixes before mmaction)
    from mmaction.utils import register_all_modules
    register_all_modules(init_default_scope=True)


@pytest.fixture
def har_tool(capsys):
    """Run ``tools/data/<name>``'s ``main`` in this process (fast).

    Same code path as the command line (``run_tool(main, argv)``, so a
    ``HarError`` becomes ``error: ...`` and exit status 1). Returns a
    function ``(name, *args)`` giving an object with ``returncode``,
    ``stdout`` and ``stderr``.
    """
    import importlib.util
    from types import SimpleNamespace

    from mmaction_har.cli.common import run_tool
    repo = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))

    def run(name, *args):
        path = osp.join(repo, 'tools', 'data', name)
        spec = importlib.util.spec_from_file_location(
            f'_har_tool_{name[:-3]}', path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        capsys.readouterr()
        try:
            code = run_tool(module.main, [str(a) for a in args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code or 0, stdout=out, stderr=err)

    return run
