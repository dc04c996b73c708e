"""Remote checkpoints without network: one clear error naming the file, the
command that fetches it and how to pass the copy."""
import os.path as osp
import socket
import sys

import pytest
from mmengine.config import Config
from mmengine.runner.checkpoint import CheckpointLoader

import mmaction_har  # noqa: F401
from mmaction_har.config import load_config
from mmaction_har.testing.shrink import shrink_config, use_demo_corpus
from mmaction_har.utils import model_zoo

from ..conftest import REPO, free_port, run_tool

I3D = ('https://download.openmmlab.com/mmaction/v1.0/recognition/i3d/'
       'i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb/'
       'i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb_'
       '20220812-e213c223.pth')
I3D_CONFIG = 'i3d_imagenet-pretrained-r50_8xb8-32x2x1-100e_kinetics400-rgb'


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """No network (name resolution fails) and an empty torch hub cache."""
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, 'Name or service not known')

    monkeypatch.setattr(socket, 'getaddrinfo', no_dns)
    monkeypatch.setenv('TORCH_HOME', str(tmp_path / 'torch'))


def test_zoo_checkpoints_name_their_upstream_configs():
    assert model_zoo.zoo_checkpoints()[I3D] == I3D_CONFIG
    assert model_zoo.fetch_hint(I3D) == (
        f'mim download mmaction2 --config {I3D_CONFIG} --dest checkpoints')
    assert model_zoo.fetch_hint('https://example.org/w.pth') == (
        'wget -P checkpoints https://example.org/w.pth')


def test_remote_weights_of_a_config():
    cfg = Config(dict(load_from=I3D, model=dict(
        backbone=dict(pretrained='https://example.org/backbone.pth'),
        cls_head=dict(init_cfg=dict(type='Pretrained',
                                    checkpoint='local.pth')))))
    assert model_zoo.remote_weights(cfg) == {
        I3D: '--cfg-options load_from={file}',
        'https://example.org/backbone.pth':
        '--cfg-options model.backbone.pretrained={file}'}


def test_offline_load_from_is_one_clear_error(offline):
    model_zoo.install(
        model_zoo.remote_weights(load_config(osp.join(REPO, 'configs', 'i3d',
                                                      'kth.py'))))
    with pytest.raises(model_zoo.OfflineCheckpointError) as err:
        CheckpointLoader.load_checkpoint(I3D)
    message = str(err.value)
    assert '\n' not in message
    assert message.startswith(
        f'cannot download checkpoint {osp.basename(I3D)} from {I3D} ('
        '<urlopen error [Errno -2] Name or service not known>)')
    assert (f'`mim download mmaction2 --config {I3D_CONFIG} --dest '
            'checkpoints`') in message
    assert (f'pass --cfg-options load_from=checkpoints/{osp.basename(I3D)}'
            in message)


def test_tools_test_with_an_unreachable_checkpoint(tiny_corpus, tmp_path):
    """tools/test.py prints one error line, no traceback."""
    config = str(tmp_path / 'small.py')
    use_demo_corpus(shrink_config(load_config(osp.join(
        REPO, 'configs', 'posec3d', 'kth.py'))), str(tiny_corpus)).dump(config)
    url = f'http://127.0.0.1:{free_port()}/posec3d_kth.pth'  # refused
    result = run_tool([sys.executable, 'tools/test.py', config, url,
                       '--work-dir', str(tmp_path / 'work')],
                      env=dict(TORCH_HOME=str(tmp_path / 'torch')))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith('error: cannot download checkpoint '
                               f'posec3d_kth.pth from {url} (<urlopen error '
                               '[Errno 111] Connection refused>)')
    assert (f'`wget -P checkpoints {url}`, copy checkpoints/posec3d_kth.pth '
            'here and pass checkpoints/posec3d_kth.pth as CHECKPOINT'
            ) in lines[0]
