"""HMDB51 official splits -> MMAction2 video lists.

Input: the official ``testTrainMulti_7030_splits`` folder, one file per class
and split, ``{class}_test_split{K}.txt``, with lines ``video.avi F`` where
``F`` is 1 (train), 2 (test) or 0 (unused in this split); and the videos as
``VIDEO_ROOT/{class}/video.avi`` (or anywhere under the root, found by a
unique file name).

Classes are the split files' class names in alphabetical order (labels 0..50
for the full set). Output (MMAction2's names; ``val`` is the official test
set): ``hmdb51_{train,val}_split_K_videos.txt`` (``path label`` lines),
``hmdb51_classes.txt``, ``hmdb51_summary.md``.
"""
import os
import os.path as osp
import re
from collections import Counter, defaultdict

from ..errors import HarError, MissingFileError
from .outputs import Summary, assert_disjoint
from .video_lists import VideoListImport, check_media, write_outputs

SPLIT_RE = re.compile(r'^(.+)_test_split(\d)\.txt$')
FLAGS = {'0': None, '1': 'train', '2': 'val'}


def find_split_files(split_dir):
    """``{K: {class: path}}`` of the split files in ``split_dir``."""
    if not osp.isdir(split_dir):
        raise MissingFileError('HMDB51 split folder', split_dir)
    found = defaultdict(dict)
    for name in sorted(os.listdir(split_dir)):
        match = SPLIT_RE.match(name)
        if match:
            found[int(match.group(2))][match.group(1)] = osp.join(split_dir,
                                                                  name)
    if not found:
        raise MissingFileError('HMDB51 split files', osp.join(
            split_dir, '{class}_test_split{K}.txt'))
    return dict(found)


def read_split_file(path):
    """``[(video, subset or None, where)]`` of one class's split file."""
    items, first = [], {}
    with open(path, 'rb') as f:
        lines = f.read().decode('utf-8', errors='replace').splitlines()
    for lineno, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            continue
        where = f'{path}:{lineno}'
        if len(parts) != 2 or parts[1] not in FLAGS:
            raise HarError(f'{where}: expected "video.avi F" with F 0 '
                           f'(unused), 1 (train) or 2 (test), got {line!r}')
        if parts[0] in first:
            raise HarError(f'{where}: {parts[0]} is listed again (first on '
                           f'line {first[parts[0]]})')
        first[parts[0]] = lineno
        items.append((parts[0], FLAGS[parts[1]], where))
    return items


def prepare_hmdb51(split_dir, video_root, out_dir, splits=None,
                   media='decode', progress=True, allow_empty_splits=False):
    """Write the HMDB51 video lists of ``splits`` (default: all found).

    Raises:
        HarError: No usable video, or an empty list (unless
            ``allow_empty_splits``); nothing written.

    Returns:
        VideoListImport
    """
    if not osp.isdir(video_root):
        raise MissingFileError('HMDB51 video folder', video_root)
    files = find_split_files(split_dir)
    classes = sorted({c for per_class in files.values() for c in per_class})
    splits = splits or sorted(files)
    result = VideoListImport(classes=classes)
    unused = Counter()
    for k in splits:
        members = {'train': [], 'val': []}
        for label, name in enumerate(classes):
            path = files.get(k, {}).get(name)
            if path is None:
                raise MissingFileError(f'HMDB51 split {k} file of class '
                                       f'{name}', osp.join(
                                           split_dir,
                                           f'{name}_test_split{k}.txt'))
            for video, subset, where in read_split_file(path):
                if subset is None:
                    unused[k] += 1
                else:
                    members[subset].append((f'{name}/{video}', label, where))
        assert_disjoint({f'{s} split {k}': {x[0] for x in items}
                         for s, items in members.items()}, 'video')
        for subset, items in members.items():
            result.lists[f'hmdb51_{subset}_split_{k}_videos.txt'] = items
    check_media(result, video_root, media, progress)
    summary = Summary('HMDB51 video lists')
    summary.add('Source', f'- split files: `{split_dir}`\n'
                f'- videos: `{video_root}`\n- classes: {len(classes)}\n'
                f'- splits: {", ".join(map(str, splits))}\n' +
                '\n'.join(f'- split {k}: {unused[k]} videos flagged 0 '
                          '(unused)' for k in splits))
    return write_outputs(result, out_dir, 'hmdb51', video_root, media,
                         summary, allow_empty_splits)
