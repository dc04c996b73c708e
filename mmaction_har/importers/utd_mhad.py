"""UTD-MHAD skeletons (and depth paths) to an MMAction2 pose annotation file.

UTD-MHAD (Chen, Jafari and Kehtarnavaz, ICIP 2015): 27 actions by 8 subjects,
4 trials each, recorded with a Kinect v1. Files are named
``a{A}_s{S}_t{T}_skeleton.mat`` (key ``d_skel``, ``(20, 3, T)``: 20 joints
x (x, y, z) in metres x frames) and ``a{A}_s{S}_t{T}_depth.mat`` (key
``d_depth``, ``(240, 320, T)`` uint16 millimetres).

Joint order (0-based): 0 head, 1 shoulder centre, 2 spine, 3 hip centre,
4-7 left shoulder/elbow/wrist/hand, 8-11 right shoulder/elbow/wrist/hand,
12-15 left hip/knee/ankle/foot, 16-19 right hip/knee/ankle/foot.

The output is the pose pickle that ``PoseDataset`` reads::

    dict(split=dict(train=[...], test=[...]),
         annotations=[dict(frame_dir='a1_s1_t1', label=0, total_frames=T,
                           keypoint=(1, T, 20, 3) float32,
                           keypoint_score=(1, T, 20) float32 ones,
                           subject=1, trial=1, depth_file=...), ...],
         classes=[...])

Cross-subject protocol: subjects 1, 3, 5, 7 train; 2, 4, 6, 8 test. When a
depth folder is given, annotations whose depth file exists get
``depth_file`` and the splits ``train_depth`` / ``test_depth`` list them;
with ``dmm_size`` they also get their depth motion maps ``dmm``
``(1, 3, dmm_size, dmm_size)`` (see
:class:`mmaction_har.datasets.transforms.DepthMotionMaps`), precomputed
because loading and projecting a depth sequence takes about a second.

:func:`prepare_utd_mhad` writes it as the other importers do (behind
``tools/data/prepare_utd_mhad.py ROOT [OUT_DIR]``): ``utd_mhad_xsub.pkl``
and ``utd_mhad_xsub_summary.md`` in the output folder.
"""
import glob
import os.path as osp
import re
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import HarError, MissingFileError
from ..utils.progress import progress_bar
from . import utd_mhad_2d
from .mat_files import read_mat
from .outputs import (Summary, check_splits, split_counts_table, staged,
                      unstage, write_pickle)
from .validate import is_empty_pose, validate_pose

CLASSES = [
    'right arm swipe to the left', 'right arm swipe to the right',
    'right hand wave', 'two hand front clap', 'right arm throw',
    'cross arms in the chest', 'basketball shoot', 'right hand draw x',
    'right hand draw circle (clockwise)',
    'right hand draw circle (counter clockwise)', 'draw triangle',
    'bowling (right hand)', 'front boxing', 'baseball swing from right',
    'tennis right hand forehand swing', 'arm curl (two arms)', 'tennis serve',
    'two hand push', 'right hand knock on door', 'right hand catch an object',
    'right hand pick up and throw', 'jogging in place', 'walking in place',
    'sit to stand', 'stand to sit', 'forward lunge (left foot forward)',
    'squat (two arms stretch out)'
]
NUM_JOINTS = 20
#: Output name in the output folder (``.pkl`` and ``_summary.md``).
STEM = 'utd_mhad_xsub'
XSUB_TRAIN_SUBJECTS = (1, 3, 5, 7)
_NAME = re.compile(r'a(\d+)_s(\d+)_t(\d+)_skeleton\.mat$')


def parse_name(path: str) -> Optional[Dict]:
    """``a{A}_s{S}_t{T}_skeleton.mat`` -> ``dict(action, subject, trial)``
    (1-based), or None for other files."""
    match = _NAME.search(osp.basename(path))
    if match is None:
        return None
    action, subject, trial = map(int, match.groups())
    return dict(action=action, subject=subject, trial=trial)


def load_skeleton(path: str) -> np.ndarray:
    """Read ``d_skel`` ``(20, 3, T)`` and return ``(T, 20, 3)`` float32.

    Raises:
        HarError: The file is not a readable ``.mat``, has no ``d_skel`` or
            one of another shape (names the file).
    """
    skel = read_mat(path, ['d_skel']).get('d_skel')
    if not isinstance(skel, np.ndarray):
        raise HarError(f'{path}: no d_skel array')
    if skel.ndim != 3 or skel.shape[:2] != (NUM_JOINTS, 3) or \
            not np.issubdtype(skel.dtype, np.number):
        raise HarError(f'{path}: d_skel is {skel.dtype} {skel.shape}, '
                       f'expected numbers ({NUM_JOINTS}, 3, T)')
    return np.ascontiguousarray(skel.transpose(2, 0, 1).astype(np.float32))


def compute_dmm(depth_file: str, size: int) -> np.ndarray:
    """Depth motion maps ``(1, 3, size, size)`` of a ``*_depth.mat``."""
    from ..datasets.transforms import DepthMotionMaps, LoadDepthMat
    results = LoadDepthMat()(dict(depth_file=depth_file))
    return DepthMotionMaps(size=(size, size))(results)['dmm']


def find_skeletons(skeleton_dir: str) -> List:
    """``[(action, subject, trial, path)]`` of the skeleton files, sorted.

    Raises:
        MissingFileError: The folder does not exist or holds none.
    """
    if not osp.isdir(skeleton_dir):
        raise MissingFileError('UTD-MHAD skeleton folder', skeleton_dir)
    items = []
    for path in glob.glob(osp.join(skeleton_dir, '*_skeleton.mat')):
        info = parse_name(path)
        if info is not None:
            items.append((info['action'], info['subject'], info['trial'],
                          path))
    if not items:
        raise MissingFileError('UTD-MHAD skeleton files', osp.join(
            skeleton_dir, 'a*_s*_t*_skeleton.mat'))
    return sorted(items)


def build_annotations(skeleton_dir: str,
                      depth_dir: Optional[str] = None,
                      train_subjects: Sequence[int] = XSUB_TRAIN_SUBJECTS,
                      dmm_size: Optional[int] = None,
                      progress: bool = False) -> Tuple[Dict, Dict]:
    """Read every skeleton file of ``skeleton_dir`` into a pose annotation.

    Args:
        skeleton_dir (str): Folder of ``a*_s*_t*_skeleton.mat`` files.
        depth_dir (str, optional): Folder of ``a*_s*_t*_depth.mat`` files;
            those that exist are recorded as ``depth_file``.
        train_subjects (Sequence[int]): Subjects of the train split; the
            others form the test split.
        dmm_size (int, optional): Also store depth motion maps of this size
            for the sequences with depth.

    Returns:
        tuple: ``data`` (``split``, ``annotations`` sorted by action,
        subject, trial, and ``classes``, as described in the module
        docstring) and ``skipped`` (name -> why it was left out: an
        unreadable file, or all joints at the origin).

    Raises:
        MissingFileError: ``skeleton_dir`` holds no skeleton file.
    """
    annotations: List[Dict] = []
    skipped: Dict[str, str] = {}
    split = dict(train=[], test=[])
    if depth_dir is not None:
        split.update(train_depth=[], test_depth=[])
    for action, subject, trial, path in progress_bar(
            find_skeletons(skeleton_dir), desc='UTD-MHAD skeletons',
            disable=not progress):
        name = f'a{action}_s{subject}_t{trial}'
        try:
            keypoint = load_skeleton(path)[None]  # 1, T, V, 3
        except HarError as err:
            skipped[name] = str(err)
            continue
        if not keypoint.shape[1] or is_empty_pose(keypoint):
            skipped[name] = f'{path}: no frame with a joint off the origin'
            continue
        anno = dict(frame_dir=name, label=action - 1, subject=subject,
                    trial=trial, total_frames=keypoint.shape[1],
                    keypoint=keypoint,
                    keypoint_score=np.ones(keypoint.shape[:3], np.float32))
        part = 'train' if subject in train_subjects else 'test'
        split[part].append(name)
        if depth_dir is not None:
            depth_file = osp.join(depth_dir, f'{name}_depth.mat')
            if osp.isfile(depth_file):
                anno['depth_file'] = depth_file
                split[f'{part}_depth'].append(name)
                if dmm_size:
                    anno['dmm'] = compute_dmm(depth_file, dmm_size)
        annotations.append(anno)
    return dict(split=split, annotations=annotations,
                classes=list(CLASSES)), skipped


def prepare_utd_mhad(skeleton_dir, out_dir, depth_dir=None, dmm_size=None,
                     progress=True, allow_empty_splits=False, layout=None):
    """Write ``utd_mhad_xsub.pkl`` and its summary into ``out_dir``.

    With ``layout='penn-action-2d'`` the joints are Penn Action's 13,
    projected onto the depth image (:mod:`.utd_mhad_2d`), and the outputs
    are ``utd_mhad_xsub_penn-action-2d.pkl`` and its summary.

    Like the other importers: unreadable files are left out and listed, an
    import without a usable sequence or with an empty train/test split is
    an error (nothing written), the outputs replace earlier ones only once
    complete, and the written pickle is validated.

    Returns:
        dict: ``data``, ``skipped``, ``problems``, ``outputs``.
    """
    if layout not in (None, utd_mhad_2d.LAYOUT):
        raise HarError(f'unknown UTD-MHAD layout {layout!r}; expected '
                       f'{utd_mhad_2d.LAYOUT!r} or none')
    data, skipped = build_annotations(skeleton_dir, depth_dir,
                                      dmm_size=dmm_size, progress=progress)
    stem = STEM
    if layout is not None:
        data = utd_mhad_2d.to_penn_action_2d(data)
        stem = f'{STEM}_{layout}'
    check_splits({s: len(data['split'][s]) for s in ('train', 'test')},
                 skeleton_dir, [f'{k}: {v}' for k, v in
                                sorted(skipped.items())], allow_empty_splits)
    out = dict(data=data, skipped=skipped, problems=[], outputs=[])
    with staged(out_dir) as stage:
        pkl = osp.join(stage, f'{stem}.pkl')
        write_pickle(pkl, data)
        out['problems'] = unstage(validate_pose(pkl).problems, stage, out_dir)
        _summary(out, skeleton_dir, depth_dir, dmm_size, layout).write(
            osp.join(stage, f'{stem}_summary.md'))
    out['outputs'] = [osp.join(out_dir, f'{stem}{ext}')
                      for ext in ('.pkl', '_summary.md')]
    return out


def _summary(out, skeleton_dir, depth_dir, dmm_size, layout=None):
    data = out['data']
    summary = Summary('UTD-MHAD skeletons (cross-subject)')
    summary.add('Source', f'- skeletons: `{skeleton_dir}`\n'
                f'- depth: `{depth_dir}`\n'
                f'- depth motion maps: {dmm_size or "no"}\n'
                f'- joints: {layout or "Kinect v1, 20 x (x, y, z) metres"}\n'
                f'- train subjects: {XSUB_TRAIN_SUBJECTS}, the others test')
    summary.add('Sequences per class and split', split_counts_table(
        data['classes'], data['annotations'], data['split']))
    summary.add_list('Left out', [f'{k}: {v}' for k, v in
                                  sorted(out['skipped'].items())])
    summary.add_list('Validation problems in the written pickle',
                     map(str, out['problems']))
    return summary
