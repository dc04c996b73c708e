"""Re-publish a demo corpus in the raw layouts the importers read.

``make demo`` goes through the real importers, so the corpus is also written
the way the datasets' authors publish them:

* ``raw/kth/``: ``videos/{action}/personNN_{action}_dD.mp4`` (hard links to
  the corpus videos; person = subject + 1, D = clip + 1) and
  ``00sequences.txt`` with one frame range per video, in KTH's format
  (free-text header, tabs). Read by ``tools/data/prepare_kth.py``.
* ``raw/child/``: ``openpose/childNN/{action}/cC/`` folders with one OpenPose
  ``*_keypoints.json`` per frame (COCO-18 model output: 54 values, the neck
  from the shoulders), the six KTH actions under the child dataset's names,
  the RGB videos as ``videos/childNN/{action}/cC.mp4`` (hard links), and
  ``children.csv`` (``child_id,split,height_frac``) whose ``split``
  column reproduces the corpus split. Read by ``tools/data/prepare_child.py``.

* ``raw/bast/``: a small BAST-like set of recordings with ELAN files, offsets
  and domain time ranges (:func:`.bast_raw.make_bast_raw`, its own figures:
  BAST is not a KTH corpus). Read by ``tools/data/prepare_bast.py``.

KTH and child keep the corpus split: :func:`kth_person_split` gives the
matching ``--persons`` arguments.
"""
import json
import os
import os.path as osp
import pickle
import shutil

import numpy as np

from ..pose.keypoints import COCO17, COCO18
from .files import write_text

#: Demo (KTH) action -> the child dataset's action name.
CHILD_ACTIONS = dict(walking='walk', jogging='jog', running='run',
                     boxing='box', handwaving='wave', handclapping='clap')

_SEQ_HEADER = ('Demo corpus in the KTH layout (generated).\r\n'
               'One range per video: the whole clip.\r\n\r\n')


def _load_meta(corpus_dir):
    with open(osp.join(corpus_dir, 'corpus.json')) as f:
        return json.load(f)


def _link(src, dst):
    """Hard-link ``src`` to ``dst`` (copy across file systems)."""
    os.makedirs(osp.dirname(dst), exist_ok=True)
    if osp.exists(dst):
        os.remove(dst)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def kth_video_name(clip):
    """``personNN_{action}_dD`` of a corpus clip record."""
    return (f'person{clip["subject"] + 1:02d}_{clip["action"]}_'
            f'd{clip["clip"] + 1}')


def kth_person_split(corpus_dir):
    """``prepare_kth --persons`` arguments reproducing the corpus split."""
    splits = _load_meta(corpus_dir)['splits']
    return [f'{s}=' + ','.join(str(i + 1) for i in splits[s])
            for s in ('train', 'val', 'test')]


def write_kth_layout(corpus_dir, out_dir):
    """Write ``out_dir/videos/...`` and ``out_dir/00sequences.txt``."""
    meta = _load_meta(corpus_dir)
    if meta['params']['clips_per_action'] > 9:
        raise ValueError('the KTH layout has one digit for the scenario: '
                         'at most 9 clips per action')
    lines = []
    for clip in meta['clips']:
        name = kth_video_name(clip)
        _link(osp.join(corpus_dir, 'videos', clip['name'] + '.mp4'),
              osp.join(out_dir, 'videos', clip['action'], name + '.mp4'))
        lines.append(f'{name}\t\tframes\t1-{meta["params"]["num_frames"]}')
    write_text(osp.join(out_dir, '00sequences.txt'),
               _SEQ_HEADER + '\r\n'.join(sorted(lines)) + '\r\n')
    return osp.join(out_dir, '00sequences.txt')


def _coco18_people(keypoint, score):
    """(T, 17, 2) + (T, 17) COCO-17 -> (T, 18, 3) OpenPose COCO-18."""
    xy = np.concatenate([keypoint, score[..., None]], axis=-1)
    out = np.zeros(xy.shape[:-2] + (18, 3), np.float32)
    for j, name in enumerate(COCO18):
        if name == 'neck':
            sh = xy[..., [COCO17.index('left_shoulder'),
                          COCO17.index('right_shoulder')], :]
            out[..., j, :2] = sh[..., :2].mean(axis=-2)
            out[..., j, 2] = sh[..., 2].min(axis=-1)
        else:
            out[..., j, :] = xy[..., COCO17.index(name), :]
    out[out[..., 2] <= 0] = 0  # OpenPose writes undetected points as 0 0 0
    return out


def write_child_layout(corpus_dir, out_dir):
    """Write ``out_dir/openpose/...`` and ``out_dir/children.csv``."""
    meta = _load_meta(corpus_dir)
    with open(osp.join(corpus_dir, 'pose.pkl'), 'rb') as f:
        anns = {a['frame_dir']: a for a in pickle.load(f)['annotations']}
    root = osp.join(out_dir, 'openpose')
    stage = root + '.partial'  # swapped in whole: no half-written layout
    if osp.isdir(stage):
        shutil.rmtree(stage)
    for clip in meta['clips']:
        ann = anns[clip['name']]
        people = _coco18_people(ann['keypoint'][0], ann['keypoint_score'][0])
        folder = osp.join(stage, f'child{clip["subject"] + 1:02d}',
                          CHILD_ACTIONS[clip['action']], f'c{clip["clip"]}')
        os.makedirs(folder)
        _link(osp.join(corpus_dir, 'videos', clip['name'] + '.mp4'),
              osp.join(out_dir, 'videos', osp.relpath(folder, stage) +
                       '.mp4'))
        for t, person in enumerate(people):
            doc = dict(version=1.3, people=[dict(
                person_id=[-1],
                pose_keypoints_2d=[round(float(v), 3)
                                   for v in person.ravel()])])
            with open(osp.join(folder, f'{clip["name"]}_{t:012d}_'
                                       'keypoints.json'), 'w') as f:
                json.dump(doc, f)
    if osp.isdir(root):
        shutil.rmtree(root)
    os.replace(stage, root)
    rows = ['child_id,split,height_frac'] + [
        f'child{s["subject"] + 1:02d},{s["split"]},'
        f'{s["body"]["height_frac"]}' for s in meta['subjects']]
    write_text(osp.join(out_dir, 'children.csv'), '\n'.join(rows) + '\n')
    return root


def write_raw_layouts(corpus_dir, out_dir=None, bast=True):
    """The layouts under ``out_dir`` (default ``corpus_dir/raw``).

    The child layout is written last: its ``children.csv`` marks a complete
    set.
    """
    from .bast_raw import make_bast_raw
    out_dir = out_dir or osp.join(corpus_dir, 'raw')
    written = dict(kth=write_kth_layout(corpus_dir,
                                        osp.join(out_dir, 'kth')))
    if bast:
        make_bast_raw(osp.join(out_dir, 'bast'), fps=12)
        written['bast'] = osp.join(out_dir, 'bast')
    written['child'] = write_child_layout(corpus_dir,
                                          osp.join(out_dir, 'child'))
    return written
