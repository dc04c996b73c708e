"""Penn Action ``labels/NNNN.mat`` -> a pose pickle (and rawframe lists).

Each ``.mat`` holds ``x``, ``y`` (T, 13) pixel coordinates, ``visibility``
(T, 13) 0/1, ``bbox`` (T, 4), ``action`` (name), ``pose`` (camera view),
``train`` (1 train, -1 test), ``nframes`` and ``dimensions`` (H, W, T).
Joints (V = 13): 0 head, 1 left shoulder, 2 right shoulder, 3 left elbow,
4 right elbow, 5 left wrist, 6 right wrist, 7 left hip, 8 right hip,
9 left knee, 10 right knee, 11 left ankle, 12 right ankle.

Output in ``out_dir``: ``penn_action.pkl``::

    dict(split=dict(train=[...], test=[...]),
         annotations=[dict(frame_dir='0001', label=0, total_frames=T,
                           keypoint=(1, T, 13, 2) float32,
                           keypoint_score=(1, T, 13) float32 visibility,
                           img_shape=(H, W), original_shape=(H, W),
                           view='back'), ...],
         classes=[15 action names, alphabetical])

and, when a frame folder (``frames/NNNN/000001.jpg ...``) is given,
``penn_action_{train,test}_rawframes.txt`` (``NNNN T label``) for
``RawframeDataset(filename_tmpl='{:06d}.jpg', start_index=1)``. Plus
``penn_action_summary.md``. The split is the official ``train`` flag.
"""
import os
import os.path as osp
import re

import numpy as np

from ..errors import HarError, MissingFileError
from ..utils.progress import progress_bar
from .mat_files import read_mat
from .outputs import (Summary, assert_disjoint, check_splits,
                      split_counts_table, staged, unstage, write_lines,
                      write_pickle)
from .validate import is_empty_pose, validate_list, validate_pose

NUM_JOINTS = 13
JOINTS = ('head', 'left_shoulder', 'right_shoulder', 'left_elbow',
          'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip',
          'left_knee', 'right_knee', 'left_ankle', 'right_ankle')
SPLIT_OF_FLAG = {1: 'train', -1: 'test'}
#: The variables of a label file the importer reads.
FIELDS = ('x', 'y', 'visibility', 'action', 'pose', 'train', 'nframes',
          'dimensions', 'bbox')


def _scalar(mat, key, path):
    value = np.asarray(mat[key]).ravel()
    if value.size != 1:
        raise HarError(f'{path}: field {key!r} should hold one value, has '
                       f'{value.size}')
    return value[0]


def _integer(value, key, path):
    """An integer field value, or a HarError naming the file and field."""
    try:
        number = float(np.asarray(value).ravel()[0])
    except (TypeError, ValueError, IndexError):
        number = float('nan')
    if not np.isfinite(number) or number != int(number):
        raise HarError(f'{path}: field {key} is {value!r}: expected an '
                       'integer')
    return int(number)


def _numeric(arr):
    return np.issubdtype(arr.dtype, np.number) or arr.dtype == np.bool_


def read_label(path):
    """Parse one label file; return ``(record, notes)``.

    ``record`` has ``action``, ``view``, ``split``, ``keypoint``
    (T, 13, 2) float32, ``score`` (T, 13) float32 and ``img_shape``.

    Raises:
        HarError: A field is missing or has the wrong shape (names the file
            and the field).
    """
    mat = read_mat(path, FIELDS)
    missing = [k for k in ('x', 'y', 'visibility', 'action', 'train',
                           'dimensions') if k not in mat]
    if missing:
        raise HarError(f'{path}: missing fields {missing}')
    x, y, vis = mat['x'], mat['y'], mat['visibility']
    if x.ndim != 2 or x.shape[1] != NUM_JOINTS or y.shape != x.shape or \
            vis.shape != x.shape or not all(map(_numeric, (x, y, vis))):
        raise HarError(f'{path}: x {x.dtype} {x.shape}, y {y.dtype} '
                       f'{y.shape}, visibility {vis.dtype} {vis.shape}: '
                       f'expected all numbers (T, {NUM_JOINTS})')
    flag = _integer(_scalar(mat, 'train', path), 'train', path)
    if flag not in SPLIT_OF_FLAG:
        raise HarError(f'{path}: field train is {flag}: expected 1 (train) '
                       'or -1 (test)')
    dims = np.asarray(mat['dimensions']).ravel()
    if dims.size != 3 or not _numeric(dims):
        raise HarError(f'{path}: field dimensions {dims.tolist()}: expected '
                       '(H, W, T)')
    num_frames = x.shape[0]
    notes = []
    for key, value in (('nframes', mat.get('nframes')),
                       ('dimensions[2]', dims[2]),
                       ('bbox rows', None if 'bbox' not in mat
                        else np.shape(mat['bbox'])[:1] or (0, ))):
        if value is None:
            continue
        count = _integer(value, key, path)
        if count != num_frames:
            notes.append(f'{osp.basename(path)}: {key} is {count}, x/y '
                         f'have {num_frames} frames')
    record = dict(
        action=str(_scalar(mat, 'action', path)),
        view=str(_scalar(mat, 'pose', path)) if 'pose' in mat else '',
        split=SPLIT_OF_FLAG[flag],
        keypoint=np.stack([x, y], axis=-1).astype(np.float32),
        score=vis.astype(np.float32),
        img_shape=(_integer(dims[0], 'dimensions[0]', path),
                   _integer(dims[1], 'dimensions[1]', path)))
    return record, notes


def prepare_penn_action(labels_dir, out_dir, frames_dir=None, progress=True,
                        allow_empty_splits=False):
    """Write the Penn Action pose pickle (and rawframe lists) and summary.

    Unreadable label files and sequences without a joint off the origin are
    left out and listed.

    Raises:
        HarError: No usable sequence, or an empty train/test split (unless
            ``allow_empty_splits``); nothing written.

    Returns:
        dict: ``annotations``, ``split``, ``classes``, ``skipped`` (file ->
        reason), ``notes``, ``problems``, ``outputs``.
    """
    if not osp.isdir(labels_dir):
        raise MissingFileError('Penn Action labels folder', labels_dir)
    if frames_dir is not None and not osp.isdir(frames_dir):
        raise MissingFileError('Penn Action frames folder', frames_dir)
    names = sorted(f for f in os.listdir(labels_dir)
                   if re.match(r'^\d+\.mat$', f))
    if not names:
        raise MissingFileError('Penn Action label files', osp.join(
            labels_dir, 'NNNN.mat'))
    records, skipped, notes = {}, {}, []
    for name in progress_bar(names, desc='Penn Action', disable=not progress):
        try:
            record, file_notes = read_label(osp.join(labels_dir, name))
        except HarError as err:
            skipped[name] = str(err)
            continue
        if not len(record['keypoint']) or is_empty_pose(record['keypoint']):
            skipped[name] = 'no frame with a joint off the origin'
            continue
        records[name[:-4]] = record
        notes += file_notes
    classes = sorted({r['action'] for r in records.values()})
    out = dict(annotations=[], split=dict(train=[], test=[]), classes=classes,
               skipped=skipped, notes=notes, problems=[], outputs=[])
    for vid, rec in records.items():
        out['annotations'].append(dict(
            frame_dir=vid, label=classes.index(rec['action']),
            total_frames=len(rec['keypoint']),
            keypoint=rec['keypoint'][None], keypoint_score=rec['score'][None],
            img_shape=rec['img_shape'], original_shape=rec['img_shape'],
            view=rec['view']))
        out['split'][rec['split']].append(vid)
    check_splits({s: len(v) for s, v in out['split'].items()}, labels_dir,
                 [f'{k}: {v}' for k, v in sorted(skipped.items())],
                 allow_empty_splits)
    assert_disjoint(out['split'], 'sequence')
    _write(out, labels_dir, out_dir, frames_dir, allow_empty_splits)
    return out


def _write(out, labels_dir, out_dir, frames_dir, allow_empty=False):
    with staged(out_dir) as stage:
        pkl = osp.join(stage, 'penn_action.pkl')
        write_pickle(pkl, dict(split=out['split'],
                               annotations=out['annotations'],
                               classes=out['classes']))
        out['problems'] += unstage(validate_pose(pkl).problems, stage,
                                   out_dir)
        names = ['penn_action.pkl']
        if frames_dir is not None:
            ann = {a['frame_dir']: a for a in out['annotations']}
            for split, vids in out['split'].items():
                name = f'penn_action_{split}_rawframes.txt'
                write_lines(osp.join(stage, name), [
                    f'{v} {ann[v]["total_frames"]} {ann[v]["label"]}'
                    for v in vids])
                report = validate_list(osp.join(stage, name), 'rawframes',
                                       frames_dir, out['classes'],
                                       media='exists')
                out['problems'] += unstage(report.problems, stage, out_dir,
                                           allow_empty)
                names.append(name)
        _summary(out, labels_dir, frames_dir).write(
            osp.join(stage, 'penn_action_summary.md'))
        names.append('penn_action_summary.md')
    out['outputs'] = [osp.join(out_dir, n) for n in names]


def _summary(out, labels_dir, frames_dir):
    summary = Summary('Penn Action poses')
    summary.add('Source', f'- labels: `{labels_dir}`\n'
                f'- frames: `{frames_dir}`\n'
                f'- joints (13): {", ".join(JOINTS)}')
    summary.add('Sequences per class and split', split_counts_table(
        out['classes'], out['annotations'], out['split']))
    summary.add_list('Left out (unreadable)',
                     [f'{k}: {v}' for k, v in sorted(out['skipped'].items())])
    summary.add_list('Inconsistent frame counts (x/y rows used)',
                     out['notes'])
    summary.add_list('Validation problems in the written files',
                     map(str, out['problems']))
    return summary
