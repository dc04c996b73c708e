"""tools/train.py -> --resume -> load_from -> tools/test.py on CPU, each a
fresh process, so checkpoints go through torch.load(weights_only=True)."""
import json
import os.path as osp
import pickle

import pytest

from ..conftest import TOOLS, run_tool

TRAIN = osp.join(TOOLS, 'train.py')
TEST = osp.join(TOOLS, 'test.py')


def _ok(result):
    assert result.returncode == 0, \
        result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.fixture(scope='module')
def trained(tiny_pose_config, tmp_path_factory):
    work_dir = str(tmp_path_factory.mktemp('train'))
    _ok(run_tool([TRAIN, tiny_pose_config, '--work-dir', work_dir,
                  '--seed', '1']))
    return work_dir


def test_train_writes_checkpoints_and_logs(trained):
    assert osp.isfile(osp.join(trained, 'epoch_1.pth'))
    assert osp.isfile(osp.join(trained, 'epoch_2.pth'))
    with open(osp.join(trained, 'last_checkpoint')) as f:
        assert f.read().strip().endswith('epoch_2.pth')


def test_resume_auto_continues_from_last_epoch(trained, tiny_pose_config):
    result = _ok(run_tool([
        TRAIN, tiny_pose_config, '--work-dir', trained, '--resume',
        '--cfg-options', 'train_cfg.max_epochs=3',
        'param_scheduler.0.T_max=3']))
    log = result.stdout + result.stderr
    assert 'resumed epoch: 2' in log
    assert osp.isfile(osp.join(trained, 'epoch_3.pth'))
    assert 'Epoch(train) [1]' not in log  # did not start over


def test_resume_from_path(trained, tiny_pose_config, tmp_path):
    ckpt = osp.join(trained, 'epoch_1.pth')
    result = _ok(run_tool([TRAIN, tiny_pose_config, '--work-dir',
                           str(tmp_path), '--resume', ckpt]))
    log = result.stdout + result.stderr
    assert 'resumed epoch: 1' in log
    assert osp.isfile(tmp_path / 'epoch_2.pth')


def test_load_from_starts_a_new_schedule(trained, tiny_pose_config,
                                         tmp_path):
    ckpt = osp.join(trained, 'epoch_2.pth')
    result = _ok(run_tool([
        TRAIN, tiny_pose_config, '--work-dir', str(tmp_path),
        '--no-validate', '--cfg-options', f'load_from={ckpt}',
        'train_cfg.max_epochs=1']))
    log = result.stdout + result.stderr
    assert f'Load checkpoint from {ckpt}' in log
    assert 'resumed epoch' not in log
    # the tiny config's cosine still anneals over 2 epochs: one line says so
    assert [ln for ln in result.stderr.splitlines()
            if ln.startswith('warning:')] == [
        'warning: --cfg-options set max_epochs=1 but param_scheduler[0] '
        '(CosineAnnealingLR) still anneals over T_max=2 epochs from epoch 0: '
        'also set param_scheduler.0.T_max=1']
    assert osp.isfile(tmp_path / 'epoch_1.pth')


def test_test_tool_reports_and_dumps(trained, tiny_pose_config, tiny_corpus,
                                     tmp_path):
    ckpt = osp.join(trained, 'epoch_2.pth')
    dump = tmp_path / 'preds.pkl'
    result = _ok(run_tool([TEST, tiny_pose_config, ckpt, '--work-dir',
                           str(tmp_path), '--dump', str(dump)]))
    log = result.stdout + result.stderr
    assert f'Results has been saved to {dump}.' in log
    assert 'partial' not in log  # the final path, not the temporary one
    with open(tmp_path / 'test_metrics.json') as f:
        report = json.load(f)
    assert report['checkpoint'] == ckpt
    for key in ('acc/top1', 'acc/top2', 'acc/top3', 'acc/top5',
                'acc/mean1'):
        assert 0.0 <= report['metrics'][key] <= 1.0
    assert not (tmp_path / 'preds.partial.pkl').exists()
    with open(dump, 'rb') as f:
        preds = pickle.load(f)
    with open(tiny_corpus / 'pose.pkl', 'rb') as f:
        n_test = len(pickle.load(f)['split']['test'])
    assert len(preds) == n_test
    assert preds[0]['pred_score'].shape == (6, )
