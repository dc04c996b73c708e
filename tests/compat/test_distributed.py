"""`bash tools/dist_train.sh CONFIG 2` on a CPU-only machine: two gloo
processes train to the end (mmengine alone dies in torch.cuda.set_device)."""
import glob
import math
import os.path as osp
import pickle
import re

import pytest
import torch

from ..conftest import TOOLS, free_port, run_tool


@pytest.mark.skipif(torch.cuda.is_available(),
                    reason='checks the CPU (gloo) path')
def test_dist_train_two_cpu_processes(tiny_pose_config, tiny_corpus,
                                      tmp_path):
    import sys
    result = run_tool(
        ['bash', osp.join(TOOLS, 'dist_train.sh'), tiny_pose_config, '2',
         '--work-dir', str(tmp_path)],
        env=dict(PORT=str(free_port()), PYTHON=sys.executable))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    assert osp.isfile(tmp_path / 'epoch_2.pth')
    assert 'using the gloo backend' in log

    # Two ranks share the training set: each runs half the iterations.
    with open(tiny_corpus / 'pose.pkl', 'rb') as f:
        n_train = len(pickle.load(f)['split']['train'])
    iters = math.ceil(n_train / (2 * 2))  # world size 2, batch size 2
    assert re.search(rf'Epoch\(train\) +\[2\]\[ *{iters}/{iters}\]', log)

    logs = glob.glob(str(tmp_path / '*' / '*.log'))
    assert logs and 'Distributed training: True' in open(logs[0]).read()


@pytest.mark.skipif(torch.cuda.is_available(),
                    reason='checks the CPU (gloo) path')
def test_dist_test_two_cpu_processes(tiny_pose_config, tiny_corpus,
                                     tmp_path):
    import json
    import sys
    train_dir = tmp_path / 'train'
    result = run_tool(
        [osp.join(TOOLS, 'train.py'), tiny_pose_config, '--work-dir',
         str(train_dir), '--no-validate', '--cfg-options',
         'train_cfg.max_epochs=1'])
    assert result.returncode == 0, result.stderr[-3000:]
    dump = tmp_path / 'preds.pkl'
    result = run_tool(
        ['bash', osp.join(TOOLS, 'dist_test.sh'), tiny_pose_config,
         str(train_dir / 'epoch_1.pth'), '2', '--work-dir',
         str(tmp_path / 'test'), '--dump', str(dump)],
        env=dict(PORT=str(free_port()), PYTHON=sys.executable))
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    # Results of both ranks are gathered: one prediction per test sample.
    with open(tiny_corpus / 'pose.pkl', 'rb') as f:
        n_test = len(pickle.load(f)['split']['test'])
    with open(dump, 'rb') as f:
        assert len(pickle.load(f)) == n_test
    with open(tmp_path / 'test' / 'test_metrics.json') as f:
        assert 'acc/top1' in json.load(f)['metrics']
