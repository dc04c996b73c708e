"""Read child-dataset skeletons: OpenPose JSON folders or a documented CSV.

Both readers give :class:`RawClip` objects: for every frame, all detected
people as a (P, V, 3) array of (x, y, confidence), V = 25 (BODY_25), 24
(BODY_25 without mid hip) or 18 (OpenPose COCO-18); see
:mod:`mmaction_har.pose.keypoints`.

**OpenPose JSON** -- one folder per clip, one ``*_keypoints.json`` per frame
(frame order = sorted file names, as OpenPose numbers them), each with
``people[i].pose_keypoints_2d`` = V x (x, y, c). Clip folders sit under the
root as ``{child}/{action}/{clip}`` (another ``pattern`` may be given, with
the fields ``child``, ``action`` and optionally ``clip``; other ``{name}``
fields are read and ignored).

**CSV** -- one or more ``.csv`` files (``,`` ``;`` or tab separated) with a
header row::

    frame,child_id,label,x0,y0,c0,x1,y1,c1,...,x24,y24,c24

* ``frame``: frame number (integer; gaps become frames without a person);
* ``child_id``: the child; ``label``: the action name (box, clap, go, jog,
  run, walk, wave) or its index in that alphabetical order;
* ``x{j}``, ``y{j}`` (also ``x_{j}``), optional ``c{j}`` confidences, for
  j = 0 .. V-1; empty or NaN cells mean "not detected";
* optional ``clip`` (several clips in one file; default: one clip per file)
  and ``person`` (several people per frame; the main one is chosen as for
  JSON).
"""
import csv
import json
import os
import os.path as osp
import re
from dataclasses import dataclass, field

import numpy as np

from ...errors import HarError, MissingFileError

#: The child study's actions, in the (alphabetical) label order.
ACTIONS = ('box', 'clap', 'go', 'jog', 'run', 'walk', 'wave')
#: Input layouts by keypoint count.
INPUT_LAYOUTS = {25: 'body25', 24: 'body24', 18: 'coco18'}


@dataclass
class RawClip:
    """One clip before the main person is chosen.

    Attributes:
        frames (list[np.ndarray]): Per frame, (P, V, 3) float32 people.
        source (str): The folder or ``file:line`` the clip starts at.
    """
    clip_id: str
    child: str
    action: str
    layout: str
    source: str
    frames: list = field(default_factory=list)


def _people_from_json(path):
    try:
        with open(path, 'rb') as f:
            data = json.loads(f.read().decode('utf-8'))
    except (ValueError, UnicodeDecodeError) as err:
        raise HarError(f'{path}: not valid JSON ({err})') from None
    people = data.get('people') if isinstance(data, dict) else None
    if not isinstance(people, list):
        raise HarError(f'{path}: expected an OpenPose object with a '
                       '"people" list')
    arrays = []
    for i, person in enumerate(people):
        values = person.get('pose_keypoints_2d') if isinstance(
            person, dict) else None
        if not isinstance(values, list) or len(values) % 3 or \
                len(values) // 3 not in INPUT_LAYOUTS:
            size = len(values) if isinstance(values, list) else None
            raise HarError(f'{path}: people[{i}].pose_keypoints_2d has '
                           f'{size} values: expected 75 (BODY_25), 72 '
                           '(BODY_25 without mid hip) or 54 (COCO-18)')
        try:
            flat = np.asarray(values, np.float32)
        except (TypeError, ValueError):
            flat = None
        if flat is None or flat.ndim != 1:
            raise HarError(f'{path}: people[{i}].pose_keypoints_2d holds '
                           'values that are not numbers (expected x, y, '
                           'confidence triples)')
        arrays.append(flat.reshape(-1, 3))
    return arrays


def read_json_clip(folder, clip_id, child, action):
    """A :class:`RawClip` from one folder of OpenPose JSON files."""
    files = sorted(f for f in os.listdir(folder) if f.endswith('.json'))
    clip = RawClip(clip_id, child, action, None, folder)
    for name in files:
        people = _people_from_json(osp.join(folder, name))
        sizes = {len(p) for p in people}
        for size in sizes:
            layout = INPUT_LAYOUTS[size]
            if clip.layout not in (None, layout):
                raise HarError(f'{osp.join(folder, name)}: {layout} '
                               f'keypoints, earlier frames have '
                               f'{clip.layout}')
            clip.layout = layout
        clip.frames.append(np.stack(people) if people else None)
    clip.layout = clip.layout or 'body25'
    num_joints = {v: k for k, v in INPUT_LAYOUTS.items()}[clip.layout]
    clip.frames = [np.zeros((0, num_joints, 3), np.float32) if f is None
                   else f for f in clip.frames]
    return clip


def _pattern_regex(pattern):
    fields = re.findall(r'{(\w+)}', pattern)
    for need in ('child', 'action'):
        if need not in fields:
            raise HarError(f'folder pattern {pattern!r} needs a {{{need}}} '
                           'field')
    regex = re.escape(pattern)
    for name in fields:
        regex = regex.replace(re.escape(f'{{{name}}}'), f'(?P<{name}>[^/]+)')
    return re.compile(f'^{regex}$')


def find_json_clips(root, pattern='{child}/{action}/{clip}'):
    """``(clips, unmatched)``: clip folders under ``root`` and the folders
    with JSON files that do not fit ``pattern``."""
    if not osp.isdir(root):
        raise MissingFileError('child skeleton folder', root)
    regex = _pattern_regex(pattern)
    clips, unmatched = [], []
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs.sort()
        if not any(f.endswith('.json') for f in files):
            continue
        rel = osp.relpath(folder, root).replace(os.sep, '/')
        match = regex.match(rel)
        if not match:
            unmatched.append(rel)
            continue
        clips.append(read_json_clip(folder, rel, match['child'],
                                    match['action']))
    return clips, unmatched


def _csv_columns(header, path):
    """Column indices: required fields, optional ones, keypoint triples."""
    names = [h.strip().lower() for h in header]
    for need in ('frame', 'child_id', 'label'):
        if need not in names:
            raise HarError(f'{path}:1: header needs a {need!r} column; got '
                           f'{header}')
    coords = {}
    for i, name in enumerate(names):
        match = re.match(r'^([xyc])_?(\d+)$', name)
        if match:
            coords[(match.group(1), int(match.group(2)))] = i
    num = len([k for k in coords if k[0] == 'x'])
    expected = [(a, j) for j in range(num) for a in 'xy']
    has_conf = any(k[0] == 'c' for k in coords)
    if has_conf:
        expected += [('c', j) for j in range(num)]
    if num not in INPUT_LAYOUTS or sorted(coords) != sorted(expected):
        raise HarError(f'{path}:1: expected keypoint columns x0,y0[,c0] .. '
                       f'x{{V-1}},y{{V-1}}[,c{{V-1}}] with V in '
                       f'{sorted(INPUT_LAYOUTS)}; found {num} x columns')
    triples = [(coords[('x', j)], coords[('y', j)], coords.get(('c', j)))
               for j in range(num)]
    columns = ('frame', 'child_id', 'label', 'clip', 'person')
    return {n: names.index(n) for n in columns if n in names}, triples


def _label(value, where):
    value = value.strip()
    if value.lower() in ACTIONS:
        return value.lower()
    if value.isdigit() and int(value) < len(ACTIONS):
        return ACTIONS[int(value)]
    raise HarError(f'{where}: label {value!r}: expected one of '
                   f'{", ".join(ACTIONS)} or its index 0-{len(ACTIONS) - 1}')


def _number(value, where, column):
    try:
        return float(value) if value.strip() else np.nan
    except ValueError:
        raise HarError(f'{where}: column {column!r}: expected a number, got '
                       f'{value!r}') from None


def read_csv_clips(path, name=None):
    """The clips of one CSV file (see the module docstring).

    Clip ids are ``name`` (default: the file name without extension), or
    ``name/clip`` with a ``clip`` column.
    """
    with open(path, newline='', encoding='utf-8-sig') as f:
        text = f.read()
    first = text.split('\n', 1)[0]
    delimiter = max(',;\t', key=first.count)
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    if not rows:
        raise HarError(f'{path}: empty CSV file')
    cols, triples = _csv_columns(rows[0], path)
    header = rows[0]
    stem = name or osp.splitext(osp.basename(path))[0]
    clips = {}
    for lineno, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        where = f'{path}:{lineno}'
        if len(row) != len(header):
            raise HarError(f'{where}: {len(row)} cells, the header has '
                           f'{len(header)}')
        try:
            frame = int(float(row[cols['frame']]))
        except ValueError:
            raise HarError(f'{where}: column \'frame\': expected an '
                           f'integer, got {row[cols["frame"]]!r}') from None
        clip_id = f'{stem}/{row[cols["clip"]].strip()}' if 'clip' in cols \
            else stem
        child = row[cols['child_id']].strip()
        action = _label(row[cols['label']], where)
        clip = clips.setdefault(clip_id, dict(child=child, action=action,
                                              source=where, frames={}))
        if (clip['child'], clip['action']) != (child, action):
            raise HarError(f'{where}: clip {clip_id} changes child/label '
                           f'({clip["child"]}/{clip["action"]} from '
                           f'{clip["source"]}, now {child}/{action})')
        person = np.array(
            [[_number(row[x], where, header[x]),
              _number(row[y], where, header[y]),
              1.0 if c is None else _number(row[c], where, header[c])]
             for x, y, c in triples], np.float32)
        missing = ~np.isfinite(person).all(axis=1) | \
            (person[:, :2] == 0).all(axis=1)
        person[missing] = 0
        clip['frames'].setdefault(frame, []).append(person)
    layout = INPUT_LAYOUTS[len(triples)]
    out = []
    for clip_id, clip in clips.items():
        first, last = min(clip['frames']), max(clip['frames'])
        empty = np.zeros((0, len(triples), 3), np.float32)
        frames = [np.stack(clip['frames'][t]) if t in clip['frames']
                  else empty for t in range(first, last + 1)]
        out.append(RawClip(clip_id, clip['child'], clip['action'], layout,
                           clip['source'], frames))
    return out


def find_csv_clips(root, exclude=()):
    """All clips of the ``.csv`` files under ``root`` (or of one file).

    Clip ids start with the file's path relative to ``root``, without
    extension. Files in ``exclude`` (e.g. the metadata table) are skipped.
    """
    if osp.isfile(root):
        return read_csv_clips(root)
    if not osp.isdir(root):
        raise MissingFileError('child skeleton CSV file or folder', root)
    clips = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = osp.join(folder, name)
            if name.lower().endswith('.csv') and not any(
                    osp.exists(e) and osp.samefile(path, e)
                    for e in exclude):
                rel = osp.relpath(path, root).replace(os.sep, '/')
                clips += read_csv_clips(path, osp.splitext(rel)[0])
    return clips
