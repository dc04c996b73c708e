"""Read the inputs of pose extraction: MMAction2 video lists and classes.

A video list has one ``path label`` per line (MMAction2's ``VideoDataset``
format; the path may contain spaces, the label is the last field). Blank
lines and lines starting with ``#`` are skipped.
"""
import os.path as osp
from dataclasses import dataclass

from ..errors import HarError, MissingFileError


@dataclass
class VideoItem:
    """One listed video: ``path`` as listed, its label, split and origin."""
    path: str
    label: int
    split: str
    where: str

    @property
    def frame_dir(self):
        """The sample name in the pkl: the listed path without extension."""
        return osp.splitext(self.path)[0]


def read_video_list(path, split=None):
    """Parse one list file into :class:`VideoItem` s.

    Raises:
        HarError: Missing file, or a line without ``path label``.
    """
    if not osp.isfile(path):
        raise MissingFileError('video list', path)
    items = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            where = f'{path}:{number}'
            fields = line.rsplit(maxsplit=1)
            if len(fields) != 2 or not fields[1].lstrip('-').isdigit():
                raise HarError(f'{where}: expected "path label" with an '
                               f'integer label, got {line!r}')
            items.append(VideoItem(fields[0], int(fields[1]), split, where))
    return items


def read_classes(path):
    """Class names, one per line (blank lines ignored)."""
    if not osp.isfile(path):
        raise MissingFileError('classes file', path)
    with open(path) as f:
        return [line.strip() for line in f if line.strip()]


def read_inputs(lists, classes=None):
    """All listed videos, checked for duplicates and label range.

    Args:
        lists (dict[str | None, str]): Split name -> list file (one list
            with key None: no split).
        classes (list[str], optional): Class names; labels must index them.

    Raises:
        HarError: A video listed twice (in one or two lists), or a label
            outside ``[0, len(classes))``.
    """
    items, seen = [], {}
    for split, path in lists.items():
        for item in read_video_list(path, split):
            if item.frame_dir in seen:
                raise HarError(f'{item.where}: {item.path} is already listed '
                               f'at {seen[item.frame_dir]}; each video must '
                               f'appear once (splits must be disjoint)')
            seen[item.frame_dir] = item.where
            if item.label < 0 or (classes and item.label >= len(classes)):
                limit = f'[0, {len(classes)})' if classes else '>= 0'
                raise HarError(f'{item.where}: label {item.label} out of '
                               f'range {limit}')
            items.append(item)
    return items
