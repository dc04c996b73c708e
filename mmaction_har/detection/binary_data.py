"""One-action-versus-rest training lists from positive and negative clips.

Layout (folders of clips, searched recursively), or one list file per kind
with a video path per line::

    ROOT/positive/       clips of the action
    ROOT/negative/       clips of anything else
    ROOT/hard_negative/  clips easily mistaken for the action (optional)

Label 1 is the action, 0 the rest. Each kind is split into train and val
separately (seeded), so both splits keep the kinds' proportions; hard
negatives can be repeated in the train list to weigh them more. Clips cut
from one recording can be kept in one split with a file-name pattern.
"""
import os.path as osp
import random
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import HarError, MissingFileError
from ..importers.outputs import check_splits
from ..utils.io import atomic_write
from .batch import VIDEO_EXTS, find_videos

KINDS = ('positive', 'negative', 'hard_negative')
LABELS = dict(positive=1, negative=0, hard_negative=0)
REST = 'rest'


@dataclass
class BinaryLists:
    """What :func:`prepare_binary` wrote."""
    #: split name -> [(video path, label, kind)]
    splits: dict = field(default_factory=dict)
    outputs: list = field(default_factory=list)


def _read_list(path):
    with open(path) as f:
        items = [ln.strip() for ln in f if ln.strip()
                 and not ln.startswith('#')]
    folder = osp.dirname(osp.abspath(path))
    out = []
    for number, item in enumerate(items, 1):
        video = item if osp.isabs(item) else osp.join(folder, item)
        if not osp.isfile(video):
            raise MissingFileError(f'video on line {number} of {path}', video)
        out.append(video)
    return out


def collect_clips(root=None, sources=None):
    """``{kind: [video paths]}`` from the folder layout and/or list files.

    Args:
        root (str, optional): Folder with ``positive/``, ``negative/``,
            ``hard_negative/`` sub-folders.
        sources (dict, optional): ``{kind: folder or list file}``; overrides
            the sub-folder of that kind.

    Raises:
        HarError: No positive or no negative clip was found.
    """
    found = {}
    for kind in KINDS:
        source = (sources or {}).get(kind)
        if source is None and root is not None:
            source = osp.join(root, kind)
            if not osp.isdir(source):
                found[kind] = []
                continue
        if source is None:
            found[kind] = []
        elif osp.isfile(source) and not source.lower().endswith(VIDEO_EXTS):
            found[kind] = _read_list(source)
        else:
            found[kind] = find_videos(source)
    if not found['positive']:
        raise HarError('no positive clips found (expected '
                       f'{osp.join(root or "ROOT", "positive")}/ or '
                       '--positive)')
    if not found['negative'] and not found['hard_negative']:
        raise HarError('no negative clips found (expected negative/ or '
                       'hard_negative/ folders, or --negative)')
    return found


def _group_of(path, pattern):
    """The recording a clip comes from: ``pattern``'s first group (or whole
    match) in the file name; the clip itself when there is no pattern or no
    match."""
    if pattern is None:
        return path
    found = pattern.search(osp.basename(path))
    if not found:
        return path
    return found.group(1) if pattern.groups else found.group(0)


def split_clips(clips, val_fraction=0.2, seed=0, hard_negative_repeat=1,
                group_pattern=None):
    """``{'train': [...], 'val': [...]}`` of ``(path, label, kind)``.

    Args:
        group_pattern (str, optional): Regular expression on file names;
            clips with the same match (e.g. ``'_(g\\d+)_'`` for UCF101
            groups, cut from one recording) stay in the same split.
    """
    if not 0 <= val_fraction < 1:
        raise HarError(f'val fraction must be in [0, 1), got {val_fraction}')
    pattern = re.compile(group_pattern) if group_pattern else None
    rng = random.Random(seed)
    splits = dict(train=[], val=[])
    for kind in KINDS:
        groups = {}
        for path in sorted(clips.get(kind, [])):
            groups.setdefault(_group_of(path, pattern), []).append(path)
        keys = sorted(groups)
        rng.shuffle(keys)
        num_val = int(round(len(keys) * val_fraction))
        if val_fraction > 0 and len(keys) > 1:
            num_val = max(1, num_val)
        for key in keys[:num_val]:
            splits['val'] += [(p, LABELS[kind], kind) for p in groups[key]]
        repeat = hard_negative_repeat if kind == 'hard_negative' else 1
        for key in keys[num_val:]:
            for path in groups[key]:
                splits['train'] += [(path, LABELS[kind], kind)] * repeat
    return splits


def prepare_binary(action, out_dir, root=None, sources=None, val_fraction=0.2,
                   seed=0, hard_negative_repeat=1, prefix=None,
                   group_pattern=None, allow_empty_splits=False):
    """Write ``{prefix}_{train,val}_videos.txt``, classes and a summary.

    Paths in the lists are relative to ``root`` when under it (use ``root``
    as the config's ``data_prefix``), else absolute. An empty train or val
    list is an error unless ``allow_empty_splits`` (nothing written).
    """
    if not action or any(c.isspace() for c in action):
        raise HarError(f'action name must be one word, got {action!r}')
    prefix = prefix or f'binary_{action}'
    clips = collect_clips(root, sources)
    splits = split_clips(clips, val_fraction, seed, hard_negative_repeat,
                         group_pattern)
    check_splits({s: len(rows) for s, rows in splits.items()},
                 root or ', '.join(sorted(sources.values())),
                 allow_empty=allow_empty_splits)
    result = BinaryLists(splits=splits)
    base = osp.abspath(root) if root else None

    def rel(path):
        path = osp.abspath(path)
        if base and path.startswith(base + osp.sep):
            return osp.relpath(path, base)
        return path

    for split, rows in splits.items():
        path = osp.join(out_dir, f'{prefix}_{split}_videos.txt')
        with atomic_write(path) as f:
            for video, label, _ in rows:
                f.write(f'{rel(video)} {label}\n')
        result.outputs.append(path)
    path = osp.join(out_dir, f'{prefix}_classes.txt')
    with atomic_write(path) as f:
        f.write(f'{REST}\n{action}\n')
    result.outputs.append(path)
    path = osp.join(out_dir, f'{prefix}_summary.md')
    with atomic_write(path) as f:
        f.write(summary_markdown(action, splits))
    result.outputs.append(path)
    return result


def summary_markdown(action, splits):
    lines = [f'# Binary detector data: {action} vs {REST}', '',
             '| split | positive | negative | hard_negative | total |',
             '|---|---|---|---|---|']
    for split, rows in splits.items():
        n = Counter(kind for _, _, kind in rows)
        lines.append(f'| {split} | {n["positive"]} | {n["negative"]} | '
                     f'{n["hard_negative"]} | {len(rows)} |')
    return '\n'.join(lines) + '\n'
