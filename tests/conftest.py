"""Shared fixtures: the real-data folder, a tiny demo corpus, tiny configs."""
import os
import os.path as osp
import socket
import subprocess
import sys

import pytest

# Generated media (``har_*``) and the KTH layout, shared by the dataset and
# importer tests; tiny Grad-CAM models, shared by visualization and demo.
pytest_plugins = ['tests.fixtures.media', 'tests.fixtures.kth',
                  'tests.fixtures.models']

REPO = osp.dirname(osp.dirname(osp.abspath(__file__)))
TOOLS = osp.join(REPO, 'tools')


def shared_data_dir():
    """``$HAR_SHARED_DATA`` or ``../shared/data`` next to the repository."""
    return os.environ.get('HAR_SHARED_DATA',
                          osp.join(osp.dirname(REPO), 'shared', 'data'))


@pytest.fixture(scope='session', autouse=True)
def _preflight_cache(tmp_path_factory):
    """Keep the pre-flight's video probe cache out of the user's home
    (tools run by the tests inherit the variable)."""
    if 'HAR_PREFLIGHT_CACHE' not in os.environ:
        os.environ['HAR_PREFLIGHT_CACHE'] = str(
            tmp_path_factory.mktemp('preflight') / 'media_probes.json')


@pytest.fixture(scope='session')
def shared_data():
    path = shared_data_dir()
    if not osp.isdir(path):
        pytest.skip(f'real data fixtures not found at {path} '
                    '(set HAR_SHARED_DATA)')
    return path


def run_tool(args, cwd=REPO, env=None, timeout=600):
    """Run a tool with this interpreter; return the CompletedProcess."""
    full_env = dict(os.environ, OMP_NUM_THREADS='1', PYTHONWARNINGS='ignore')
    full_env.update(env or {})
    if args[0].endswith('.py'):
        args = [sys.executable] + list(args)
    return subprocess.run(args, cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


@pytest.fixture(scope='session')
def tiny_corpus(tmp_path_factory):
    """A tiny demo corpus: 4 subjects, 1 clip per action, 16 frames, 64 px."""
    from mmaction_har.demo import make_demo_corpus
    out = tmp_path_factory.mktemp('demo_corpus')
    make_demo_corpus(str(out), seed=0, num_subjects=4, clips_per_action=1,
                     num_frames=16, size=64)
    return out


TINY_POSE_CONFIG = """
_base_ = [{base!r}]
ann_file = {ann_file!r}
model = dict(backbone=dict(base_channels=8, stage_blocks=(1, 1, 1)),
             cls_head=dict(in_channels=32))
train_dataloader = dict(batch_size=2, num_workers=0, persistent_workers=False,
                        dataset=dict(ann_file=ann_file))
val_dataloader = dict(batch_size=2, num_workers=0, persistent_workers=False,
                      dataset=dict(ann_file=ann_file))
test_dataloader = dict(num_workers=0, persistent_workers=False,
                       dataset=dict(ann_file=ann_file))
train_cfg = dict(max_epochs=2)
param_scheduler = [dict(type='CosineAnnealingLR', T_max=2, by_epoch=True)]
default_hooks = dict(logger=dict(interval=1))
"""


@pytest.fixture(scope='session')
def tiny_pose_config(tiny_corpus, tmp_path_factory):
    """The demo PoseC3D config shrunk to seconds, on the tiny corpus."""
    path = tmp_path_factory.mktemp('configs') / 'tiny_posec3d.py'
    path.write_text(TINY_POSE_CONFIG.format(
        base=osp.join(REPO, 'configs', 'posec3d', 'demo.py'),
        ann_file=str(tiny_corpus / 'pose.pkl')))
    return str(path)
