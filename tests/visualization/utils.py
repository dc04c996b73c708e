"""Tiny configs of every Grad-CAM family, built on MMAction2's model bases.

Each config keeps its base's recognizer, backbone class and head and only
shrinks depth/width (randomly initialised) so a CAM runs in well under a
second on CPU; RGB configs read 8 frames of a real clip at 56x56 (short
side 64, centre crop: the crop geometry is exercised).
"""
import os.path as osp

import torch

from ..conftest import REPO

RGB_TEST = """
test_pipeline = [
    dict(type='DecordInit'),
    dict(type='SampleFrames', clip_len={clip_len}, frame_interval=2,
         num_clips=3, test_mode=True),
    dict(type='DecordDecode'),
    dict(type='Resize', scale=(-1, 64)),
    dict(type='CenterCrop', crop_size=56),
    dict(type='FormatShape', input_format='{fmt}'),
    dict(type='PackActionInputs')]
test_dataloader = dict(dataset=dict(type='VideoDataset', ann_file='',
                                    data_prefix=dict(video=''),
                                    pipeline=test_pipeline))
"""

MODELS = {
    'i3d': ("mmaction::_base_/models/i3d_r50.py", """
model = dict(backbone=dict(pretrained=None, pretrained2d=False, depth=18,
                           base_channels=8, stage_blocks=(1, 1, 1, 1),
                           inflate=(1, 1, 1, 1)),
             cls_head=dict(in_channels=64, num_classes=5))
""", 8, 'NCTHW'),
    'slowonly': ("mmaction::_base_/models/slowonly_r50.py", """
model = dict(backbone=dict(depth=18, base_channels=8,
                           stage_blocks=(1, 1, 1, 1)),
             cls_head=dict(in_channels=64, num_classes=5))
""", 8, 'NCTHW'),
    'r2plus1d': ("mmaction::_base_/models/r2plus1d_r34.py", """
model = dict(backbone=dict(depth=18, base_channels=8,
                           stage_blocks=(1, 1, 1, 1)),
             cls_head=dict(in_channels=64, num_classes=5))
""", 8, 'NCTHW'),
    'csn': ("mmaction::_base_/models/ircsn_r152.py", """
model = dict(backbone=dict(depth=50, base_channels=8,
                           stage_blocks=(1, 1, 1, 1), pretrained=None),
             cls_head=dict(in_channels=256, num_classes=5))
""", 8, 'NCTHW'),
    'tsn': ("mmaction::_base_/models/tsn_r50.py", """
model = dict(backbone=dict(pretrained=None, depth=18),
             cls_head=dict(in_channels=512, num_classes=5))
""", 1, 'NCHW'),
    'tin': (osp.join(REPO, 'configs/_base_/models/tin_r50.py'), """
model = dict(backbone=dict(depth=18, num_segments=3),
             cls_head=dict(in_channels=512, num_classes=5, num_segments=3))
""", 1, 'NCHW'),
    'slowfast': ("mmaction::_base_/models/slowfast_r50.py", """
model = dict(backbone=dict(
    resample_rate=4, speed_ratio=4,
    slow_pathway=dict(base_channels=16, stage_blocks=(1, 1, 1, 1)),
    fast_pathway=dict(base_channels=2, stage_blocks=(1, 1, 1, 1))),
    cls_head=dict(in_channels=576, num_classes=5))
""", 16, 'NCTHW'),
}

POSE = """
_base_ = [{base!r}]
model = dict(backbone=dict(base_channels=8, stage_blocks=(1, 1, 1)),
             cls_head=dict(in_channels=32))
test_dataloader = dict(dataset=dict(pipeline=[
    dict(type='UniformSampleFrames', clip_len={clip_len}, num_clips=2,
         test_mode=True),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='GeneratePoseTarget', sigma=0.6, use_score=True, with_kp=True,
         with_limb=False, double=True, left_kp={left}, right_kp={right}),
    dict(type='FormatShape', input_format='NCTHW_Heatmap'),
    dict(type='PackActionInputs')]))
"""


def write_config(folder, family, clip_len=None):
    """Write the tiny config of ``family`` (or ``pose``); return its path."""
    path = osp.join(str(folder), f'tiny_{family}.py')
    if family == 'pose':
        text = POSE.format(
            base=osp.join(REPO, 'configs', 'posec3d', 'demo.py'),
            clip_len=clip_len or 8, left=[1, 3, 5, 7, 9, 11, 13, 15],
            right=[2, 4, 6, 8, 10, 12, 14, 16])
    else:
        base, model, frames, fmt = MODELS[family]
        text = (f'_base_ = [{base!r}, '
                f'{osp.join(REPO, "configs/_base_/default_runtime.py")!r}]\n'
                + model + RGB_TEST.format(clip_len=frames, fmt=fmt))
    with open(path, 'w') as f:
        f.write(text)
    return path


def write_checkpoint(folder, cam_model, name='tiny.pth'):
    """Save the (random) weights of a loaded model as a checkpoint."""
    path = osp.join(str(folder), name)
    torch.save({'state_dict': cam_model.model.state_dict(), 'meta': {}},
               path)
    return path
