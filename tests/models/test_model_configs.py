"""Each config of skeleton_lstm/, cnn_lstm/ and gru_attention/, and the
ST-GCN++ configs of Penn Action and UTD-MHAD, builds, runs its own train
pipeline on a synthetic sample, trains one step and predicts.

``tests/configs/test_zoo.py`` derives input shapes only for
heatmap and RGB-clip configs and MMAction2's named skeleton layouts; this
test covers our skeleton, multi-modal and CNN + LSTM configs by running
their real pipelines instead.
"""
import glob
import os.path as osp

import cv2
import numpy as np
import pytest
from mmaction.registry import MODELS
from mmcv.transforms import Compose
from mmengine.dataset import pseudo_collate
from mmengine.optim import build_optim_wrapper
from mmengine.registry import init_default_scope
from scipy.io import savemat

import mmaction_har  # noqa: F401
import mmaction_har.datasets.transforms  # noqa: F401
import mmaction_har.models  # noqa: F401
from mmaction_har.config import load_config
from mmaction_har.importers.utd_mhad import compute_dmm
from mmaction_har.testing.shrink import shrink_model

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
CONFIGS = sorted(
    p for pattern in ('skeleton_lstm/*', 'cnn_lstm/*', 'gru_attention/*',
                      'stgcnpp/penn-action*', 'stgcnpp/utd-mhad-xsub*')
    for p in glob.glob(osp.join(REPO, 'configs', pattern + '.py')))

# (persons, joints, coordinates, with scores) of the raw annotations;
# None: the model's num_joints (the child importer writes 24, 18 or 14)
POSE_LAYOUTS = {
    'utd_mhad': (1, 20, 3, True),
    'ntu60': (2, 25, 3, False),
    'child': (1, None, 2, True),  # OpenPose (x, y) + confidence
    'kth_pose': (1, 17, 2, True),  # extract_pose.py: COCO-17 + scores
    'penn_action': (1, 13, 2, True),  # annotated joints + visibility
}


def _video(tmp_path, num_frames=60):
    path = str(tmp_path / 'clip.avi')
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*'MJPG'), 25,
                             (160, 120))
    rng = np.random.RandomState(0)
    for _ in range(num_frames):
        writer.write(rng.randint(0, 255, (120, 160, 3), np.uint8))
    writer.release()
    return dict(filename=path, label=0, start_index=0, modality='RGB')


def _pose(tmp_path, cfg, num_frames=80):
    ann_file = _leaf(cfg.train_dataloader.dataset).ann_file
    key = next(k for k in POSE_LAYOUTS if k in ann_file)
    persons, joints, coords, scores = POSE_LAYOUTS[key]
    joints = joints or cfg.model.backbone.num_joints
    rng = np.random.RandomState(0)
    sample = dict(frame_dir='sample', label=0, total_frames=num_frames,
                  keypoint=rng.rand(persons, num_frames, joints,
                                    coords).astype(np.float32))
    if scores:
        sample['keypoint_score'] = np.ones((persons, num_frames, joints),
                                           np.float32)
    depth = np.zeros((48, 64, num_frames), np.uint16)
    for t in range(num_frames):
        depth[10:30, t % 40:t % 40 + 20, t] = 2000 + t
    sample['depth_file'] = str(tmp_path / 'depth.mat')
    savemat(sample['depth_file'], dict(d_depth=depth))
    sample['dmm'] = compute_dmm(sample['depth_file'], 64)
    return sample


def _leaf(dataset):
    """The dataset inside wrappers (``RepeatDataset``)."""
    return _leaf(dataset.dataset) if 'dataset' in dataset else dataset


def _batch(pipeline_cfg, sample, size=2):
    pipeline = Compose(pipeline_cfg)
    return pseudo_collate([pipeline(dict(sample)) for _ in range(size)])


@pytest.mark.parametrize('path', CONFIGS,
                         ids=[osp.relpath(p, REPO) for p in CONFIGS])
def test_config_trains_one_step(path, tmp_path):
    cfg = load_config(path)
    if cfg.model.backbone.type == 'STGCN':  # full width takes seconds
        cfg.model = shrink_model(cfg.model)
    init_default_scope('mmaction')
    model = MODELS.build(cfg.model)
    model.init_weights()
    dataset = _leaf(cfg.train_dataloader.dataset)
    if any(t['type'] == 'DecordInit' for t in dataset.pipeline):
        sample = _video(tmp_path)
    else:
        sample = _pose(tmp_path, cfg)

    optim = build_optim_wrapper(model, cfg.optim_wrapper)
    log_vars = model.train_step(_batch(dataset.pipeline, sample), optim)
    assert np.isfinite(float(log_vars['loss']))

    num_classes = cfg.model.cls_head.num_classes
    for loader in (cfg.val_dataloader, cfg.test_dataloader):
        model.eval()
        preds = model.test_step(_batch(loader.dataset.pipeline, sample))
        assert preds[0].pred_score.shape == (num_classes, )
