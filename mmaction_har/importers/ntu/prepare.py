"""NTU RGB+D / NTU RGB+D 120 ``.skeleton`` files -> a pose pickle.

Output ``{benchmark}_{3d|2d|depth2d}.pkl`` in ``out_dir``, MMAction2's
layout::

    dict(split=dict(xsub_train=[...], xsub_val=[...],
                    xview_train=[...], xview_val=[...]),  # xset_* for 120
         annotations=[dict(frame_dir='S001C001P001R001A001', label=0,
                           total_frames=T, keypoint=(M, T, 25, C) float32,
                           setup=1, camera=1, subject=1, replication=1,
                           # 2D only:
                           keypoint_score=(M, T, 25) float32,
                           img_shape=(1080, 1920)),
                      ...],
         classes=[...], keypoint_layout='nturgb+d')

with C = 3 for ``coords='3d'`` and 2 otherwise, M <= ``max_bodies`` (see
:func:`.ntu_skeleton.select_bodies`). Degenerate body-frames (non-finite,
all joints at the origin, or all at one point) are counted for every
coordinate system and zeroed (score 0) in the written one; the summary says
which coordinate systems are usable. As in MMAction2's own NTU pickles,
only 2D annotations carry ``keypoint_score`` (joint tracking state: 1
tracked, 0.5 inferred, 0 absent or degenerate), so 3D ones feed
``FormatGCNInput`` with C = 3. Files without any body ("missing skeletons")
files that do not parse, and files whose kept bodies are degenerate in
every frame (all keypoints zero after zeroing) are left out and listed. An
input where nothing is usable, or a protocol split that would be empty, is
an error and nothing is written (``allow_empty_splits`` allows the
latter).
"""
import os
import os.path as osp
import re
from collections import defaultdict

from ...errors import HarError, MissingFileError
from ...utils.progress import progress_bar
from ..outputs import (Summary, assert_disjoint, check_splits,
                       split_counts_table, staged, unstage, write_pickle)
from ..validate import is_empty_pose, validate_pose
from .protocols import CLASSES_120, protocol_splits
from .skeleton import COORDS, read_skeleton, to_arrays

NAME_RE = re.compile(r'^S(\d{3})C(\d{3})P(\d{3})R(\d{3})A(\d{3})$')
IMG_SHAPE = {'color': (1080, 1920), 'depth': (424, 512)}
SUFFIX = {'3d': '3d', 'color': '2d', 'depth': 'depth2d'}
KINDS = ('nonfinite', 'zero', 'collapsed')


def find_skeletons(root):
    """``[(name, path)]`` of the ``.skeleton`` files under ``root``."""
    if not osp.isdir(root):
        raise MissingFileError('NTU skeleton folder', root)
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        found += [(osp.splitext(f)[0], osp.join(folder, f))
                  for f in sorted(files) if f.endswith('.skeleton')]
    if not found:
        raise MissingFileError('NTU .skeleton files', osp.join(
            root, 'SsssCcccPpppRrrrAaaa.skeleton'))
    return found


def _benchmark(parsed, benchmark):
    if benchmark != 'auto':
        return benchmark
    return 'ntu120' if any(ids[4] > 60 or ids[0] > 17
                           for ids in parsed.values()) else 'ntu60'


def prepare_ntu(skeleton_dir, out_dir, benchmark='auto', coords='3d',
                max_bodies=2, min_frames=11, progress=True,
                allow_empty_splits=False):
    """Write the NTU pose pickle and its summary.

    Args:
        benchmark (str): ``'ntu60'``, ``'ntu120'`` or ``'auto'`` (120 when
            any action > 60 or setup > 17).
        coords (str): ``'3d'``, ``'color'`` or ``'depth'``.
        allow_empty_splits (bool): Write even if a protocol split (e.g.
            ``xview_train`` of a one-camera subset) is empty.

    Raises:
        HarError: No usable file, or an empty split; nothing written.

    Returns:
        dict: ``annotations``, ``split``, ``classes``, ``skipped``
        (name -> reason), ``stats`` (coords -> kind -> body-frames),
        ``degenerate_files`` (coords -> list), ``problems``, ``outputs``.
    """
    if coords not in COORDS:
        raise HarError(f'coords {coords!r}: expected one of {list(COORDS)}')
    if benchmark not in ('auto', 'ntu60', 'ntu120'):
        raise HarError(f'benchmark {benchmark!r}: expected auto, ntu60 or '
                       'ntu120')
    files, parsed, skipped = find_skeletons(skeleton_dir), {}, {}
    for name, path in files:
        match = NAME_RE.match(name)
        if match:
            parsed[name] = tuple(int(g) for g in match.groups())
        else:
            skipped[name] = 'name is not SsssCcccPpppRrrrAaaa (ignored)'
    benchmark = _benchmark(parsed, benchmark)
    classes = list(CLASSES_120[:60] if benchmark == 'ntu60' else CLASSES_120)
    out = dict(annotations=[], split=defaultdict(list), classes=classes,
               skipped=skipped, stats={c: defaultdict(int) for c in COORDS},
               degenerate_files={c: [] for c in COORDS}, problems=[],
               outputs=[], benchmark=benchmark)
    for name, path in progress_bar(files, desc='NTU skeletons',
                                   disable=not progress):
        if name not in parsed:
            continue
        setup, camera, performer, replication, action = parsed[name]
        if action > len(classes):
            skipped[name] = f'action {action} is not in {benchmark}'
            continue
        try:
            skeleton = read_skeleton(path)
        except HarError as err:
            skipped[name] = f'unreadable: {err}'
            continue
        if not skeleton.bodies:
            skipped[name] = 'no body in any frame (missing skeleton)'
            continue
        keypoint, score, stats = to_arrays(skeleton, coords, max_bodies,
                                           min_frames)
        _add_stats(out, name, stats)
        if is_empty_pose(keypoint):
            skipped[name] = (f'every {coords} body-frame is degenerate (all '
                             'keypoints zero)')
            continue
        ann = dict(frame_dir=name, label=action - 1,
                   total_frames=skeleton.num_frames, keypoint=keypoint,
                   setup=setup, camera=camera, subject=performer,
                   replication=replication)
        if coords in IMG_SHAPE:
            ann['keypoint_score'] = score
            ann['img_shape'] = ann['original_shape'] = IMG_SHAPE[coords]
        out['annotations'].append(ann)
        for split in protocol_splits(benchmark, setup, camera, performer):
            out['split'][split].append(name)
    protocols = ('xsub', 'xview' if benchmark == 'ntu60' else 'xset')
    check_splits({f'{p}_{side}': len(out['split'][f'{p}_{side}'])
                  for p in protocols for side in ('train', 'val')},
                 skeleton_dir, [f'{k}: {v}' for k, v in sorted(
                     skipped.items())], allow_empty_splits)
    out['split'] = dict(sorted(out['split'].items()))
    _check_protocols(out)
    _write(out, skeleton_dir, out_dir, coords)
    return out


def _add_stats(out, name, stats):
    for c, counts in stats.items():
        for kind, n in counts.items():
            out['stats'][c][kind] += n
        bad = sum(counts[k] for k in KINDS)
        if bad:
            out['degenerate_files'][c].append(
                f'{name}: {bad} of {counts["frames"]} body-frames')


def _check_protocols(out):
    """Performers / cameras / setups never on both sides of a protocol."""
    key = {'xsub': 'subject', 'xview': 'camera', 'xset': 'setup'}
    by_name = {a['frame_dir']: a for a in out['annotations']}
    for proto, field in key.items():
        sides = {s: {by_name[n][field] for n in names}
                 for s, names in out['split'].items()
                 if s.startswith(f'{proto}_')}
        assert_disjoint(sides, field)


def _write(out, skeleton_dir, out_dir, coords):
    stem = f'{out["benchmark"]}_{SUFFIX[coords]}'
    with staged(out_dir) as stage:
        pkl = osp.join(stage, f'{stem}.pkl')
        write_pickle(pkl, dict(split=out['split'],
                               annotations=out['annotations'],
                               classes=out['classes'],
                               keypoint_layout='nturgb+d'))
        report = validate_pose(pkl)
        out['problems'] = unstage(report.problems, stage, out_dir)
        _summary(out, skeleton_dir, coords).write(
            osp.join(stage, f'{stem}_summary.md'))
    out['outputs'] = [osp.join(out_dir, f'{stem}.pkl'),
                      osp.join(out_dir, f'{stem}_summary.md')]


def usability_table(stats):
    """Markdown: per coordinate system, degenerate body-frames and verdict."""
    lines = ['| coords | body-frames | non-finite | at origin | collapsed '
             '| usable |', '|---|---:|---:|---:|---:|---|']
    for c in COORDS:
        s = stats[c]
        bad = sum(s[k] for k in KINDS)
        frames = s['frames']
        share = 100.0 * (frames - bad) / frames if frames else 0.0
        verdict = 'yes' if frames and not bad else \
            f'{share:.1f}% of body-frames' if frames else 'no data'
        lines.append(f'| {c} | {frames} | {s["nonfinite"]} | {s["zero"]} | '
                     f'{s["collapsed"]} | {verdict} |')
    return '\n'.join(lines)


def _summary(out, skeleton_dir, coords):
    summary = Summary(f'{out["benchmark"].upper()} skeletons ({coords})')
    summary.add('Source', f'- skeletons: `{skeleton_dir}`\n'
                f'- benchmark: {out["benchmark"]}, coords: {coords}, '
                f'classes: {len(out["classes"])}')
    summary.add('Samples per class and split', split_counts_table(
        out['classes'], out['annotations'], out['split']))
    summary.add('Usable coordinates (degenerate body-frames are zeroed)',
                usability_table(out['stats']))
    for c in COORDS:
        summary.add_list(f'Files with degenerate {c} frames',
                         out['degenerate_files'][c])
    summary.add_list('Left out', [f'{k}: {v}' for k, v in
                                  sorted(out['skipped'].items())])
    summary.add_list('Validation problems in the written pickle',
                     map(str, out['problems']))
    return summary
