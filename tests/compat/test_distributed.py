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
