"""Dataset inspection: a pose pkl entry as a skeleton video, with the
PoseC3D heatmap volume that ``GeneratePoseTarget`` makes from it.
"""
import copy

import numpy as np

from ..datasets.transforms.pose_target import POSE_TARGETS
from ..errors import HarError
from ..pose.keypoints import BY_SIZE, LAYOUTS
from .render import (caption, colorize, display_size, draw_skeleton,
                     hstack_videos, resize)

#: Heatmap pipeline used without ``--config``: the demo PoseC3D test
#: pipeline at 56x56 (MMAction2's PoseC3D size), all frames.
DEFAULT_HEATMAP_PIPELINE = [
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(56, 56), keep_ratio=False),
    dict(type='GeneratePoseTarget', sigma=0.6, use_score=True, with_kp=True,
         with_limb=False),
]


def check_entry(entry):
    """Raise HarError unless ``entry`` is a usable PoseDataset annotation."""
    kp = np.asarray(entry.get('keypoint', ()))
    if kp.ndim != 4 or kp.shape[-1] < 2:
        raise HarError(f'pose entry {entry.get("frame_dir")}: keypoint must '
                       f'be (M, T, V, 2), got {kp.shape}')
    if 'img_shape' not in entry:
        raise HarError(f'pose entry {entry.get("frame_dir")}: no img_shape')
    return kp


def render_entry(entry, names=None, frames=None, short_side=256,
                 layout=None):
    """Skeleton video of one entry: (T, H, W, 3) uint8 with its label.

    Args:
        entry (dict): PoseDataset annotation (``keypoint`` (M, T, V, 2),
            ``keypoint_score`` (M, T, V), ``img_shape``, ``label``).
        names (list[str] | None): Class names.
        frames (np.ndarray | None): The video's frames (T, H0, W0, 3) to
            draw on; else a black canvas.
        layout (str | None): The keypoint layout the limbs follow; None:
            the one V names unambiguously (:func:`entry_layout`), else
            points only.
    """
    kp = check_entry(entry)[..., :2]
    layout = layout or entry_layout({}, kp.shape[2])
    score = entry.get('keypoint_score')
    h0, w0 = entry['img_shape']
    size = display_size((h0, w0), short_side)
    scale = (size[1] / w0, size[0] / h0)
    label = entry.get('label')
    text = f"{entry.get('frame_dir', '')}  label {label}"
    if names and label is not None and 0 <= int(label) < len(names):
        text += f' ({names[int(label)]})'
    out = []
    for t in range(kp.shape[1]):
        if frames is not None:
            img = resize(frames[min(t, len(frames) - 1)], size).copy()
        else:
            img = np.zeros(size + (3, ), np.uint8)
        draw_skeleton(img, kp[:, t], None if score is None else
                      np.asarray(score)[:, t], scale=scale,
                      thick=max(1, size[0] // 100), layout=layout or '')
        out.append(caption(img, [text, f'frame {t}/{kp.shape[1]}']))
    return np.stack(out)


def heatmap_volume(entry, pipeline=None):
    """Heatmaps (T, K, H, W) of all frames, as ``GeneratePoseTarget`` makes.

    Args:
        pipeline (list[dict] | None): Transforms up to and including
            ``GeneratePoseTarget`` (or ``FastGeneratePoseTarget``); None:
            :data:`DEFAULT_HEATMAP_PIPELINE`.
            Frame samplers are dropped so every frame is kept.
    """
    from mmaction.registry import TRANSFORMS
    from mmengine.registry import init_default_scope
    init_default_scope('mmaction')
    kp = check_entry(entry)
    pipeline = copy.deepcopy(pipeline or DEFAULT_HEATMAP_PIPELINE)
    found = [i for i, t in enumerate(pipeline) if t['type'] in POSE_TARGETS]
    if not found:
        raise HarError('the pipeline has no GeneratePoseTarget')
    pipeline = pipeline[:found[0] + 1]
    pipeline = [dict(t, double=False) if t['type'] in POSE_TARGETS
                else t for t in pipeline
                if 'Sample' not in t['type'] and t['type'] != 'Flip']
    results = copy.deepcopy(dict(entry))
    results.update(start_index=0, modality='Pose',
                   frame_inds=np.arange(kp.shape[1]), clip_len=kp.shape[1],
                   num_clips=1)
    results.setdefault('total_frames', kp.shape[1])
    for t in pipeline:
        results = TRANSFORMS.build(t)(results)
    return np.asarray(results['imgs'], dtype=np.float32)


def render_heatmaps(volume, short_side=256, label_text=''):
    """Colour video of a heatmap volume (T, K, H, W): max over keypoints."""
    size = display_size(volume.shape[2:], short_side)
    out = []
    for t, hm in enumerate(volume):
        img = resize(colorize(np.clip(hm.max(0), 0, 1)), size)
        lines = [f'heatmaps {label_text}'.strip(),
                 f'{volume.shape[1]} channels, '
                 f'{volume.shape[2]}x{volume.shape[3]}']
        out.append(caption(img, lines))
    return np.stack(out)


def entry_layout(data, num_joints):
    """The keypoint layout of a pose pkl's entries, or None.

    The pkl's declared ``keypoint_layout`` (the child and NTU importers
    write it); else the layout a joint count names unambiguously (17:
    COCO-17, as MMAction2's pose pickles; 24, 18, 14: the OpenPose sets).
    25 joints are BODY_25 or NTU's Kinect skeleton: without a declaration
    there is no telling, so None (points only).

    Raises:
        HarError: The declared layout is unknown or has another joint count.
    """
    declared = data.get('keypoint_layout') if isinstance(data, dict) else None
    if declared is None:
        return None if num_joints == 25 else BY_SIZE.get(num_joints)
    if declared not in LAYOUTS or len(LAYOUTS[declared]) != num_joints:
        raise HarError(f'keypoint_layout {declared!r} does not fit '
                       f'{num_joints} joints: expected one of '
                       f'{sorted(LAYOUTS)} with that many joints')
    return declared


def inspect_entry(entry, names=None, frames=None, heatmaps=True,
                  pipeline=None, short_side=256, layout=None):
    """Skeleton (and heatmap) panels side by side, (T, H, W, 3)."""
    panels = [render_entry(entry, names, frames, short_side, layout)]
    if heatmaps:
        panels.append(render_heatmaps(heatmap_volume(entry, pipeline),
                                      short_side))
    return hstack_videos(panels)
