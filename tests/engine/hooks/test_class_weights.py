"""ClassWeightsHook: weights computed when training starts travel with the
checkpoint, so testing and inference need no training annotations."""
import os.path as osp
import pickle

import torch
from mmaction.apis import init_recognizer

import mmaction_har  # noqa: F401
from mmaction_har.cli import test as test_tool
from mmaction_har.cli import train as train_tool
from mmaction_har.config import load_config
from mmaction_har.datasets.samplers import class_weights
from mmaction_har.testing.shrink import shrink_config, use_demo_corpus

from ...conftest import REPO

SAMPLES = 6


def _train_labels(corpus):
    """The labels the shrunk config trains on: the first SAMPLES clips of
    the demo pickle's train split."""
    with open(osp.join(corpus, 'pose.pkl'), 'rb') as f:
        data = pickle.load(f)
    train = set(data['split']['train'])
    labels = [a['label'] for a in data['annotations']
              if a['frame_dir'] in train]
    return labels[:SAMPLES]


def test_weights_travel_with_the_checkpoint(tiny_corpus, tmp_path):
    config = osp.join(REPO, 'configs', 'posec3d',
                      'bast_eval_class-weighted.py')
    small = str(tmp_path / 'class_weighted.py')
    use_demo_corpus(shrink_config(load_config(config)), str(tiny_corpus),
                    SAMPLES).dump(small)
    work_dir = tmp_path / 'work'
    # in-process runs of the tools' logic (tools/*.py are shims over it)
    train_tool.main([small, '--work-dir', str(work_dir), '--no-validate',
                     '--cfg-options', 'train_cfg.max_epochs=1'])
    checkpoint = str(work_dir / 'epoch_1.pth')
    state = torch.load(checkpoint, map_location='cpu',
                       weights_only=False)['state_dict']
    trained = state['cls_head.loss_cls.class_weight']
    expected = torch.tensor(class_weights(_train_labels(tiny_corpus), 6))
    assert torch.allclose(trained, expected)

    # a machine without the training annotations: build, test, infer
    missing = str(tmp_path / 'no_such_dir' / 'pose.pkl')
    metrics = test_tool.main([
        small, checkpoint, '--work-dir', str(tmp_path / 'test'),
        '--cfg-options', f'train_dataloader.dataset.dataset.ann_file={missing}'
    ])
    assert 0 <= metrics['acc/top1'] <= 1
    cfg = load_config(small, {
        'train_dataloader.dataset.dataset.ann_file': missing})
    model = init_recognizer(cfg, checkpoint, device='cpu')
    assert torch.equal(model.cls_head.loss_cls.class_weight, trained)
