"""Grad-CAM videos for ``make demo``: the RGB and the PoseC3D demo model on
the same test clip of the demo corpus.

The corpus (``make_demo_corpus``) names a clip ``{action}_s{SS}_c{C}``
(``videos/{name}.mp4``, ``corpus.json``); the importers the demo configs
read rename it: the KTH layout keeps the video (labels in
``kth/kth_classes.txt`` order), the child layout's pose pkl calls it
``child{SS+1}/{child action}/c{C}``. Older corpora had ``pose.pkl`` with
the corpus names; both are looked up.
"""
import json
import os.path as osp

from ..errors import HarError, MissingFileError
from ..visualization.cam import CamModel, visualize
from ..visualization.sample import load_pose_file


def _test_clip(data_dir, clip=None):
    path = osp.join(data_dir, 'corpus.json')
    if not osp.isfile(path):
        raise MissingFileError('demo corpus', path, 'run make demo first')
    with open(path) as f:
        clips = json.load(f)['clips']
    for c in clips:
        if (clip is None and c['split'] == 'test') or c['name'] == clip:
            return c
    raise HarError(f'{path}: no clip {clip or "in the test split"}')


def _pose_key(pose_file, clip):
    """The clip's entry name in ``pose_file`` (child layout or corpus)."""
    from .raw_layouts import CHILD_ACTIONS
    child = (f'child{clip["subject"] + 1:02d}/'
             f'{CHILD_ACTIONS[clip["action"]]}/c{clip["clip"]}')
    names = {a.get('frame_dir') for a in load_pose_file(pose_file)[0]}
    for key in (child, clip['name']):
        if key in names:
            return key
    raise HarError(f'{pose_file}: no entry for demo clip {clip["name"]} '
                   f'(looked for {child!r} and {clip["name"]!r})')


def write_demo_cams(out_dir, rgb=None, pose=None, data_dir='data/demo',
                    clip=None, fps=4.0):
    """Write ``{out_dir}/gradcam_rgb.mp4`` and ``gradcam_pose.mp4`` (each
    with a ``.png`` contact sheet) for one test clip.

    Args:
        out_dir (str): Output folder.
        rgb (tuple | None): ``(config, checkpoint)`` of the RGB model
            (``configs/slowonly/demo.py``).
        pose (tuple | None): ``(config, checkpoint)`` of PoseC3D
            (``configs/posec3d/demo.py``); its pose file is the config's
            test ``ann_file``.
        data_dir (str): The demo corpus.
        clip (str | None): Corpus clip name (``boxing_s20_c0``); None: the
            first test clip.

    Returns:
        dict: ``{'rgb': summary, 'pose': summary}`` for the models given
        (see :func:`~.cam.visualize`; ``out`` and ``sheet`` are the files).
    """
    clip = _test_clip(data_dir, clip)
    video = osp.join(data_dir, 'videos', clip['name'] + '.mp4')
    written = {}
    if rgb is not None:
        names_file = osp.join(data_dir, 'kth', 'kth_classes.txt')
        if not osp.isfile(names_file):
            names_file = osp.join(data_dir, 'classes.txt')
        with open(names_file) as f:
            names = [line.strip() for line in f if line.strip()]
        written['rgb'] = visualize(
            [CamModel.load(*rgb)], video, osp.join(out_dir, 'gradcam_rgb.mp4'),
            names_file=names_file, fps=fps,
            gt_label=names.index(clip['action']))
    if pose is not None:
        model = CamModel.load(*pose)
        pose_file = model.cfg.test_dataloader.dataset.ann_file
        written['pose'] = visualize(
            [model], pose_file, osp.join(out_dir, 'gradcam_pose.mp4'),
            sample_key=_pose_key(pose_file, clip), video=video, fps=fps)
    return written
