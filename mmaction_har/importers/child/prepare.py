"""Import the child action dataset (Turarova et al., HRI 2020) as poses.

Skeletons come as OpenPose JSON folders or CSV files
(:mod:`mmaction_har.importers.child.sources`); the main person of each clip
is tracked (:func:`mmaction_har.pose.tracking.track_arrays`; OpenPose
lists everybody, so a main person not near its last box starts a new
track at once: ``reacquire``), converted to the requested keypoint set
(:mod:`mmaction_har.pose.keypoints`: 24, 18 or 14 points as in the study,
or 25 / COCO-17) and written as a pose pickle::

    dict(split=dict(train=[...], val=[...], test=[...]),
         annotations=[dict(frame_dir='c01/box/clip1', label=0,
                           total_frames=T, keypoint=(1, T, V, 2) float32,
                           keypoint_score=(1, T, V) float32,
                           img_shape=(H, W), original_shape=(H, W),
                           child_id='c01', age=7, gender='f'),  # metadata
                      ...],
         classes=['box', 'clap', ...], keypoint_layout='body24')

Labels follow the alphabetical order of the kept actions (box, clap, go,
jog, run, walk, wave). The split is by child (no child in two splits),
drawn with a seeded RNG from the sorted child ids.
"""
import csv
import os
import os.path as osp
import random
from collections import Counter

import numpy as np

from ...errors import HarError, MissingFileError
from ...pose.keypoints import LAYOUTS, convert, layout
from ...pose.tracking import track_arrays
from ...utils.progress import progress_bar
from ..outputs import (Summary, assert_disjoint, check_splits,
                       split_counts_table, staged, unstage, write_pickle)
from ..validate import is_empty_pose, validate_pose
from .sources import ACTIONS, find_csv_clips, find_json_clips
from .videos import write_video_lists

#: The study's action subsets.
ACTION_SUBSETS = {
    'all': ACTIONS,
    'no-run': tuple(a for a in ACTIONS if a != 'run'),
    'no-go': tuple(a for a in ACTIONS if a != 'go'),
    'no-run-go': tuple(a for a in ACTIONS if a not in ('run', 'go')),
}
SPLITS = ('train', 'val', 'test')


#: Note heading of the clips left out because nobody was detected.
_NOBODY = 'clips without a person in any frame (left out)'


def resolve_actions(spec):
    """Actions of a subset name or a comma-separated list, sorted."""
    names = ACTION_SUBSETS.get(spec, None) or spec.split(',')
    names = [n.strip() for n in names]
    unknown = [n for n in names if n not in ACTIONS]
    if unknown or len(set(names)) != len(names):
        raise HarError(f'actions {spec!r}: expected one of '
                       f'{sorted(ACTION_SUBSETS)} or distinct names from '
                       f'{", ".join(ACTIONS)}')
    return sorted(names)


def split_children(children, ratios=(0.7, 0.15, 0.15), seed=0):
    """Assign children to train/val/test at random (seeded).

    Every split with a positive ratio gets at least one child when there
    are enough children.

    Returns:
        dict[str, list[str]]: Sorted child ids per split.
    """
    if len(ratios) != 3 or min(ratios) < 0 or abs(sum(ratios) - 1) > 1e-6:
        raise HarError(f'split ratios {ratios}: expected three '
                       'non-negative numbers (train val test) summing to 1')
    ids = sorted(children)
    random.Random(seed).shuffle(ids)
    n = len(ids)
    sizes = [int(round(r * n)) for r in ratios[1:]]
    for k, r in enumerate(ratios[1:]):
        if r > 0 and sizes[k] == 0 and n - sum(sizes) > 1:
            sizes[k] = 1
    n_val, n_test = sizes
    n_train = max(n - n_val - n_test, 0)
    parts = (ids[:n_train], ids[n_train:n_train + n_val],
             ids[n_train + n_val:])
    return {s: sorted(p) for s, p in zip(SPLITS, parts)}


def fixed_split(children, meta, column, path):
    """Children per split as given by a metadata column.

    Raises:
        HarError: a child has no row, or its value is not a split name.
    """
    by_child = {s: [] for s in SPLITS}
    for child in children:
        value = meta.get(child, {}).get(column)
        if value not in by_child:
            raise HarError(f'{path}: child {child}: column {column!r} is '
                           f'{value!r}, expected one of {", ".join(SPLITS)}')
        by_child[value].append(child)
    return {s: sorted(cs) for s, cs in by_child.items()}


def _value(text):
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text.strip()


def read_metadata(path):
    """Per-child metadata from a CSV with a ``child_id`` column.

    Other columns (e.g. ``age``, ``gender``) become annotation keys; numbers
    are parsed as int or float.
    """
    if not osp.isfile(path):
        raise MissingFileError('child metadata table', path)
    with open(path, newline='', encoding='utf-8-sig') as f:
        rows = list(csv.reader(f))
    header = [h.strip() for h in rows[0]] if rows else []
    if 'child_id' not in header:
        raise HarError(f'{path}:1: expected a header with a child_id column '
                       f'(e.g. child_id,age,gender), got {header}')
    key = header.index('child_id')
    table = {}
    for lineno, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise HarError(f'{path}:{lineno}: {len(row)} cells, the header '
                           f'has {len(header)}')
        child = row[key].strip()
        if child in table:
            raise HarError(f'{path}:{lineno}: child {child} is listed again')
        table[child] = {h: _value(v) for h, v in zip(header, row)
                        if h != 'child_id'}
    return table


def load_clips(source, fmt='auto', pattern='{child}/{action}/{clip}',
               exclude=()):
    """``(clips, unmatched folders)`` from a JSON tree or CSV file(s)."""
    if fmt == 'auto':
        fmt = 'csv' if source.lower().endswith('.csv') or (
            osp.isdir(source) and find_any_csv(source, exclude)) else 'json'
    if fmt == 'csv':
        return find_csv_clips(source, exclude), []
    if fmt == 'json':
        return find_json_clips(source, pattern)
    raise HarError(f'format {fmt!r}: expected auto, json or csv')


def find_any_csv(root, exclude):
    for folder, _, files in os.walk(root):
        for name in files:
            path = osp.join(folder, name)
            if name.lower().endswith('.csv') and not any(
                    osp.exists(e) and osp.samefile(path, e)
                    for e in exclude):
                return True
    return False


def _annotation(clip, target, label, img_shape, conf_thr):
    main, picked, stats = track_arrays(clip.frames, conf_thr,
                                       img_shape=img_shape, max_lost=None,
                                       reacquire=True)
    points = convert(main, clip.layout, target)
    keypoint = points[None, :, :, :2].astype(np.float32)
    score = points[None, :, :, 2].astype(np.float32)
    if img_shape is None:
        top = keypoint.reshape(-1, 2).max(axis=0) if keypoint.size else \
            np.zeros(2)
        img_shape = (int(top[1]) + 1, int(top[0]) + 1)
    ann = dict(frame_dir=clip.clip_id, label=label,
               total_frames=len(clip.frames), keypoint=keypoint,
               keypoint_score=score, img_shape=tuple(img_shape),
               original_shape=tuple(img_shape), child_id=clip.child)
    return ann, int((picked < 0).sum()), stats.restarts


def prepare_child(source, out_dir, fmt='auto', pattern='{child}/{action}/'
                  '{clip}', keypoints=24, actions='all', ratios=(0.7, 0.15,
                                                                 0.15),
                  seed=0, metadata=None, img_shape=None, conf_thr=0.1,
                  progress=True, split_column=None, video_root=None,
                  media='exists', allow_empty_splits=False):
    """Write ``child_{N}cls_{V}kp.pkl`` and its summary into ``out_dir``.

    Args:
        source (str): Root of the JSON clip folders, or a CSV file/folder.
        keypoints (int | str): Output layout: 24, 18, 14, 25, 17 or a
            layout name.
        actions (str): ``all``, ``no-run``, ``no-go``, ``no-run-go`` or a
            comma-separated list.
        ratios (tuple): train, val, test shares of the children.
        metadata (str, optional): Per-child CSV (``child_id,age,gender``).
        img_shape (tuple, optional): (H, W) of the videos; default: from the
            largest coordinates of each clip.
        split_column (str, optional): A column of ``metadata`` holding each
            child's split (train/val/test), replacing the random split.
        video_root (str, optional): The RGB videos
            (``{child}/{action}/{clip}.mp4``); also write video lists with
            the same split (:mod:`.child_videos`).
        media (str): How hard to check those videos
            (:data:`mmaction_har.importers.validate.MEDIA_LEVELS`).
        allow_empty_splits (bool): Write even if train, val or test has no
            clip.

    Clips without a person in any frame (all keypoints zero) are left out
    and listed.

    Raises:
        HarError: No usable clip, or an empty split (unless
            ``allow_empty_splits``); nothing written.

    Returns:
        dict: ``annotations``, ``split``, ``classes``, ``layout``,
        ``notes``, ``problems``, ``outputs``.
    """
    target = layout(keypoints)
    classes = resolve_actions(actions)
    meta = read_metadata(metadata) if metadata else {}
    if split_column and not metadata:
        raise HarError(f'split column {split_column!r}: needs the metadata '
                       'table that holds it (--metadata)')
    clips, unmatched = load_clips(source, fmt, pattern,
                                  [metadata] if metadata else [])
    if not clips:
        raise MissingFileError('child skeleton clips', source,
                               f'expected JSON folders {pattern} or CSV '
                               'files')
    out = dict(annotations=[], classes=classes, layout=target, problems=[],
               outputs=[], notes={}, dropped=Counter())
    if unmatched:
        out['notes'][f'folders not matching {pattern} (ignored)'] = unmatched
    seen = {}
    for clip in progress_bar(clips, desc='child clips', disable=not progress):
        if clip.clip_id in seen:
            raise HarError(f'clip {clip.clip_id} appears twice ('
                           f'{seen[clip.clip_id]} and {clip.source})')
        seen[clip.clip_id] = clip.source
        if clip.action not in ACTIONS:
            out['notes'].setdefault('unknown actions (ignored)', []).append(
                f'{clip.clip_id}: {clip.action!r}')
            continue
        if clip.action not in classes:
            out['dropped'][clip.action] += 1
            continue
        if not clip.frames:
            out['notes'].setdefault('clips without frames (ignored)',
                                    []).append(clip.clip_id)
            continue
        ann, empty, switches = _annotation(clip, target, classes.index(
            clip.action), img_shape, conf_thr)
        if is_empty_pose(ann['keypoint']):
            out['notes'].setdefault(_NOBODY, []).append(
                f'{clip.clip_id} ({clip.source})')
            continue
        ann.update({k: v for k, v in meta.get(clip.child, {}).items()
                    if k != split_column})
        if empty or switches:
            out['notes'].setdefault('tracking (frames without a person, '
                                    'switches of the main person)',
                                    []).append(f'{clip.clip_id}: {empty}, '
                                               f'{switches}')
        out['annotations'].append(ann)
    children = sorted({a['child_id'] for a in out['annotations']})
    missing_meta = [c for c in children if meta and c not in meta]
    if missing_meta:
        out['notes']['children without metadata'] = missing_meta
    if split_column:
        by_child = fixed_split(children, meta, split_column, metadata)
    else:
        by_child = split_children(children, ratios, seed)
    split_of = {c: s for s, cs in by_child.items() for c in cs}
    out['split'] = {s: [a['frame_dir'] for a in out['annotations']
                        if split_of[a['child_id']] == s] for s in SPLITS}
    check_splits({s: len(v) for s, v in out['split'].items()}, source,
                 out['notes'].get(_NOBODY, []), allow_empty_splits)
    assert_disjoint(by_child, 'child')
    _write(out, source, out_dir, by_child, seed,
           None if split_column else ratios, video_root, media,
           allow_empty_splits)
    return out


def _write(out, source, out_dir, by_child, seed, ratios, video_root=None,
           media='exists', allow_empty=False):
    stem = f'child_{len(out["classes"])}cls_{len(LAYOUTS[out["layout"]])}kp'
    lists = []
    with staged(out_dir) as stage:
        if video_root:
            lists = write_video_lists(stage, out, video_root, media)
        pkl = osp.join(stage, f'{stem}.pkl')
        write_pickle(pkl, dict(split=out['split'],
                               annotations=out['annotations'],
                               classes=out['classes'],
                               keypoint_layout=out['layout']))
        out['problems'] = unstage(out['problems'] +
                                  validate_pose(pkl).problems, stage, out_dir,
                                  allow_empty)
        _summary(out, source, by_child, seed, ratios).write(
            osp.join(stage, f'{stem}_summary.md'))
    out['outputs'] = [osp.join(out_dir, name) for name in
                      [f'{stem}.pkl', *lists, f'{stem}_summary.md']]


def _summary(out, source, by_child, seed, ratios):
    summary = Summary('Child action dataset (poses)')
    summary.add('Source', f'- skeletons: `{source}`\n'
                f'- keypoints: {out["layout"]}\n'
                f'- actions: {", ".join(out["classes"])}\n'
                + (f'- split ratios {ratios}, seed {seed}' if ratios else
                   '- split fixed by the metadata table'))
    summary.add('Clips per class and split', split_counts_table(
        out['classes'], out['annotations'], out['split']))
    summary.add('Children per split (disjoint)', '\n'.join(
        f'- {s}: {", ".join(cs) or "none"}' for s, cs in by_child.items()))
    summary.add_list('Clips of actions left out', [
        f'{a}: {n}' for a, n in sorted(out['dropped'].items())])
    summary.add_notes(out['notes'], out['problems'], 'pickle')
    return summary
