"""Check one annotation file the way the dataset that reads it will.

Lists (``video``, ``video_range``, ``rawframes``) go through
:func:`~mmaction_har.importers.validate.validate_list`, with the videos
probed through a :class:`~.media_cache.MediaCache`. Pose pickles are
checked for the split the dataset reads: the split exists, is not empty,
names only samples the pickle holds (``PoseDataset`` silently drops the
others), and each of its samples has the keys, shapes and labels training
needs.
"""
import os.path as osp

from ..importers.validate import (ValidationReport, check_pose_annotation,
                                  read_pose_pickle, sample_name, validate_list)


def check_list(source, media_cache):
    """:class:`ValidationReport` of a list file; labels checked against
    ``source.num_classes``."""
    if not osp.isfile(source.ann_file):
        report = ValidationReport(source.ann_file, source.fmt)
        report.add('missing', source.ann_file, 'annotation file not found')
        return report
    return validate_list(source.ann_file, source.fmt, source.prefix,
                         num_classes=source.num_classes, media='open',
                         frame_counts=media_cache)


def _select(report, source, annotations, splits):
    """The annotations of ``source.split`` (all without a split)."""
    where = source.ann_file
    if source.split is None:
        return list(enumerate(annotations))
    if not splits:
        report.add('split', where, f'the dataset reads split '
                   f'{source.split!r} but the pickle has no splits')
        return []
    if source.split not in splits:
        report.add('split', where, f'no split {source.split!r}; the pickle '
                   f'has {sorted(map(str, splits))}')
        return []
    members = splits[source.split]
    index = {}
    for i, ann in enumerate(annotations):
        if isinstance(ann, dict) and sample_name(ann) is not None:
            index.setdefault(sample_name(ann), i)
    unknown = [x for x in members if not isinstance(x, str)
               or x not in index]
    if unknown:
        report.add('split', where, f'split {source.split!r} names '
                   f'{len(unknown)} sample(s) the annotations do not hold, '
                   f'e.g. {unknown[:3]}')
    return [(index[x], annotations[index[x]]) for x in members
            if isinstance(x, str) and x in index]


def check_pose(source, loaded):
    """:class:`ValidationReport` of the split of a pose pickle.

    Args:
        loaded (dict): Pickles read so far, by path (a run's train and val
            splits usually share one file).
    """
    report = ValidationReport(source.ann_file, 'pose')
    if not osp.isfile(source.ann_file):
        report.add('missing', source.ann_file, 'annotation file not found')
        return report
    if source.ann_file not in loaded:
        scratch = ValidationReport(source.ann_file, 'pose')
        loaded[source.ann_file] = (read_pose_pickle(scratch,
                                                    source.ann_file),
                                   scratch.problems)
    read, problems = loaded[source.ann_file]
    report.problems += problems
    if read is None:
        return report
    annotations, splits = read
    selected = _select(report, source, annotations, splits)
    num_joints = None
    for i, ann in selected:
        name = sample_name(ann) if isinstance(ann, dict) else None
        where = f'{source.ann_file} annotations[{i}]' + (
            f' ({name})' if name else '')
        report.num_samples += 1
        num_joints = check_pose_annotation(report, where, ann,
                                           source.num_classes, num_joints)
    if not selected and not report.problems:
        what = f'split {source.split!r}' if source.split else 'the pickle'
        report.add('empty', source.ann_file, f'{what} holds no samples')
    return report
