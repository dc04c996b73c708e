"""openmim drives our configs: ``mim train`` and ``mim test`` of mmaction2.

mim runs MMAction2's own ``tools/train.py`` and ``tools/test.py``; the
config's ``custom_imports`` brings in mmaction_har (its datasets,
transforms and compatibility fixes). Run on the demo PoseC3D config shrunk
to seconds, on the tiny demo corpus, on CPU.
"""
import os.path as osp
import sys

from ..conftest import run_tool


def _mim(*args, cwd):
    return run_tool([sys.executable, '-m', 'mim', *args], cwd=str(cwd))


def test_mim_train_then_test(tiny_pose_config, tmp_path):
    work = tmp_path / 'work'
    train = _mim('train', 'mmaction2', tiny_pose_config, '--work-dir',
                 str(work), cwd=tmp_path)
    assert train.returncode == 0, train.stdout[-2000:] + train.stderr[-2000:]
    assert 'Training finished successfully' in train.stdout
    checkpoint = work / 'epoch_2.pth'
    assert checkpoint.is_file()

    test = _mim('test', 'mmaction2', tiny_pose_config, '--checkpoint',
                str(checkpoint), '--work-dir', str(tmp_path / 'test'),
                cwd=tmp_path)
    assert test.returncode == 0, test.stdout[-2000:] + test.stderr[-2000:]
    assert 'Testing finished successfully' in test.stdout
    assert 'acc/top1' in test.stdout
    assert osp.isfile(tmp_path / 'test' / osp.basename(tiny_pose_config))
