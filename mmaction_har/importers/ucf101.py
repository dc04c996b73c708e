"""UCF101 official splits -> MMAction2 video lists.

Input: the official ``ucfTrainTestlist`` folder --

* ``classInd.txt``: ``1 ApplyEyeMakeup`` (1-based index, class name);
* ``trainlist0K.txt``: ``ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi 1``
  (1-based label);
* ``testlist0K.txt``: ``ApplyEyeMakeup/v_ApplyEyeMakeup_g01_c01.avi`` (a
  label column is accepted too) --

and the videos as ``VIDEO_ROOT/Class/v_Class_gGG_cCC.avi``.

Output (MMAction2's names; ``val`` is the official test list):
``ucf101_{train,val}_split_K_videos.txt`` with ``path label`` lines
(0-based labels, paths relative to the video root), ``ucf101_classes.txt``,
``ucf101_summary.md``. Clips of one group (``gGG``: same actor/scene) must
not be in both lists of a split; the importer checks it.
"""
import os.path as osp
import re

from ..errors import HarError, MissingFileError
from .outputs import Summary, assert_disjoint
from .video_lists import VideoListImport, check_media, write_outputs

CLIP_RE = re.compile(r'^v_(.+)_g(\d+)_c(\d+)\.avi$', re.I)


def _lines(path, what):
    if not osp.isfile(path):
        raise MissingFileError(what, path)
    with open(path, 'rb') as f:
        text = f.read().decode('utf-8', errors='replace')
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)
            if line.strip()]


def read_class_ind(path):
    """Class names in label order from ``classInd.txt``."""
    classes = []
    for lineno, line in _lines(path, 'UCF101 classInd.txt'):
        parts = line.split()
        if len(parts) != 2 or not parts[0].isdecimal() or \
                int(parts[0]) != len(classes) + 1:
            raise HarError(f'{path}:{lineno}: expected "{len(classes) + 1} '
                           f'ClassName" (indices 1, 2, ... in order), got '
                           f'{line!r}')
        classes.append(parts[1])
    if not classes:
        raise HarError(f'{path}: no classes')
    return classes


def read_split_list(path, classes):
    """``[(path, label, where, group)]`` of a train or test list.

    The label comes from the class folder; a label column, where present,
    must agree with it.
    """
    lookup = {c.lower(): i for i, c in enumerate(classes)}
    items = []
    for lineno, line in _lines(path, 'UCF101 split list'):
        where = f'{path}:{lineno}'
        parts = line.split()
        rel = parts[0]
        match = CLIP_RE.match(rel.split('/')[-1])
        if len(parts) > 2 or rel.count('/') != 1 or not match:
            raise HarError(f'{where}: expected "Class/v_Class_gGG_cCC.avi '
                           f'[label]", got {line!r}')
        folder = rel.split('/')[0]
        if folder.lower() not in lookup:
            raise HarError(f'{where}: class folder {folder!r} is not in '
                           'classInd.txt')
        label = lookup[folder.lower()]
        if len(parts) == 2 and parts[1] != str(label + 1):
            raise HarError(f'{where}: label {parts[1]!r}, but classInd.txt '
                           f'gives {label + 1} for {folder}')
        items.append((rel, label, where, int(match.group(2))))
    return items


def find_splits(split_dir):
    """The K of every ``trainlist0K.txt`` in ``split_dir``."""
    return [k for k in (1, 2, 3)
            if osp.isfile(osp.join(split_dir, f'trainlist0{k}.txt'))]


def prepare_ucf101(split_dir, video_root, out_dir, splits=None,
                   media='decode', progress=True, allow_empty_splits=False):
    """Write the UCF101 video lists of ``splits`` (default: all found).

    Raises:
        HarError: No usable video, or an empty list (unless
            ``allow_empty_splits``); nothing written.

    Returns:
        VideoListImport
    """
    if not osp.isdir(video_root):
        raise MissingFileError('UCF101 video folder', video_root)
    classes = read_class_ind(osp.join(split_dir, 'classInd.txt'))
    splits = splits or find_splits(split_dir)
    if not splits:
        raise MissingFileError('UCF101 split lists', osp.join(
            split_dir, 'trainlist01.txt'), 'expected the official '
            'ucfTrainTestlist folder')
    result = VideoListImport(classes=classes)
    groups = []
    for k in splits:
        train = read_split_list(osp.join(split_dir, f'trainlist0{k}.txt'),
                                classes)
        test = read_split_list(osp.join(split_dir, f'testlist0{k}.txt'),
                               classes)
        assert_disjoint({f'trainlist0{k}': {(classes[x[1]], x[3])
                                            for x in train},
                         f'testlist0{k}': {(classes[x[1]], x[3])
                                           for x in test}},
                        '(class, group) pair')
        for name, items in (('train', train), ('val', test)):
            result.lists[f'ucf101_{name}_split_{k}_videos.txt'] = [
                x[:3] for x in items]
        groups.append(f'- split {k}: train groups '
                      f'{_ranges({x[3] for x in train})}, val groups '
                      f'{_ranges({x[3] for x in test})}')
    check_media(result, video_root, media, progress)
    summary = Summary('UCF101 video lists')
    summary.add('Source', f'- split files: `{split_dir}`\n'
                f'- videos: `{video_root}`\n- classes: {len(classes)}\n'
                f'- splits: {", ".join(map(str, splits))}')
    summary.add('Groups per split (disjoint within a class)',
                '\n'.join(groups))
    return write_outputs(result, out_dir, 'ucf101', video_root, media,
                         summary, allow_empty_splits)


def _ranges(numbers):
    """{1, 2, 3, 7} -> '1-3, 7'."""
    numbers, parts = sorted(numbers), []
    for n in numbers:
        if parts and n == parts[-1][1] + 1:
            parts[-1][1] = n
        else:
            parts.append([n, n])
    return ', '.join(f'{a}-{b}' if a != b else f'{a}' for a, b in parts) \
        or 'none'
