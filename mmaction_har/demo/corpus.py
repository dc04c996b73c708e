"""Build the demo corpus: videos, MMAction2 lists, ``pose.pkl`` and metadata.

Layout under ``out_dir``::

    videos/{action}_s{subject:02d}_c{clip}.mp4   S x S RGB, H.264, T frames
    train_list.txt, val_list.txt, test_list.txt  "{name}.mp4 {label}" lines
    pose.pkl        PoseDataset annotations (COCO-17, pixel x/y)
    classes.txt     one class name per line, label order
    corpus.json     seed, parameters, subjects and per-clip metadata
    summary.md      clips per class and split
"""
import json
import os
import os.path as osp
import re
import time

from ..utils.progress import progress_bar
from . import skeleton as sk
from .clip import MAX_TRAVEL, TRACK, render_clip, subject_body
from .files import remove_stale_temps, write_pickle, write_text, write_video
from .validate import check_int, check_number, check_range

SPLITS = ('train', 'val', 'test')
_NAME_RE = re.compile(r'^(%s)_s\d{2,}_c\d+\.mp4$' % '|'.join(sk.CLASSES))


def clip_name(action, subject, clip):
    """File stem of a clip, e.g. ``boxing_s03_c1``."""
    return f'{action}_s{subject:02d}_c{clip}'


def split_subjects(num_subjects, val_subjects=None, test_subjects=None):
    """Assign subjects to splits: train first, then val, then test.

    Args:
        num_subjects (int): Number of subjects (>= 3).
        val_subjects (int | None): Subjects in val; None: 3/16 of them
            (at least 1).
        test_subjects (int | None): Subjects in test; None: as for val.

    Returns:
        dict[str, list[int]]: Split name -> subject indices, disjoint.
    """
    num_subjects = check_int('num_subjects', num_subjects, 3)
    default = max(1, int(round(num_subjects * 3 / 16)))
    n_val = default if val_subjects is None else check_int(
        'val_subjects', val_subjects, 1)
    n_test = default if test_subjects is None else check_int(
        'test_subjects', test_subjects, 1)
    n_train = num_subjects - n_val - n_test
    if n_train < 1:
        raise ValueError(
            f'val_subjects + test_subjects must leave at least one training '
            f'subject: {n_val} + {n_test} >= num_subjects={num_subjects}')
    ids = list(range(num_subjects))
    return dict(train=ids[:n_train], val=ids[n_train:n_train + n_val],
                test=ids[n_train + n_val:])


def _summary_md(counts, split_ids, params):
    lines = ['# Demo corpus', '',
             f"seed {params['seed']}, {params['num_subjects']} subjects, "
             f"{params['clips_per_action']} clips per subject and action, "
             f"{params['num_frames']} frames of {params['size']}x"
             f"{params['size']} px at {params['fps']} fps.", '',
             '| class | ' + ' | '.join(SPLITS) + ' | total |',
             '|---|' + '---:|' * (len(SPLITS) + 1)]
    for name in sk.CLASSES:
        row = [counts[s][name] for s in SPLITS]
        lines.append(f'| {name} | ' + ' | '.join(map(str, row)) +
                     f' | {sum(row)} |')
    totals = [sum(counts[s].values()) for s in SPLITS]
    lines.append('| **all** | ' + ' | '.join(map(str, totals)) +
                 f' | {sum(totals)} |')
    lines += ['', '| split | subjects |', '|---|---|']
    for s in SPLITS:
        lines.append(f"| {s} | {', '.join(map(str, split_ids[s]))} |")
    return '\n'.join(lines) + '\n'


def make_demo_corpus(out_dir='data/demo', seed=0, num_subjects=24,
                     clips_per_action=5, num_frames=50, size=112, fps=25,
                     val_subjects=None, test_subjects=None,
                     height_range=(0.45, 0.8), verify=True, progress=False):
    """Write the synthetic six-action demo corpus (deterministic per seed).

    Every clip shows one articulated figure (COCO-17 skeleton drawn with
    limbs, trunk and head) doing one of :data:`~.skeleton.CLASSES`. Subjects
    (body, colours) are split disjointly into train/val/test.

    Args:
        out_dir (str): Output folder (created; files in it are replaced).
        seed (int): Seed (>= 0); the same seed gives identical lists,
            ``pose.pkl`` and ``corpus.json``.
        num_subjects (int): Number of subjects (>= 3).
        clips_per_action (int): Clips per subject and action (>= 1).
        num_frames (int): Frames per clip T (>= 4).
        size (int): Frame side S in pixels (even, 32-1024).
        fps (float): Frame rate (1-120).
        val_subjects (int | None): Subjects in val (default 3/16 of them).
        test_subjects (int | None): Subjects in test (default 3/16 of them).
        height_range (tuple[float, float]): Figure height range as a fraction
            of S, within [0.2, 0.95].
        verify (bool): Read every video back with decord.
        progress (bool): Show a progress bar / lines.

    Returns:
        dict: ``out_dir``, ``num_clips``, ``classes``, ``split_subjects``
        (split -> subject ids), ``counts`` (split -> class -> clips) and
        ``seconds``.

    Raises:
        ValueError: An argument is out of range.
    """
    start = time.time()
    seed = check_int('seed', seed, 0)
    split_ids = split_subjects(num_subjects, val_subjects, test_subjects)
    clips_per_action = check_int('clips_per_action', clips_per_action, 1)
    num_frames = check_int('num_frames', num_frames, 4, 100000)
    size = check_int('size', size, 32, 1024)
    if size % 2:
        raise ValueError(f'size must be even (video encoders need even frame '
                         f'sides), got {size}')
    fps = check_number('fps', fps, 1, 120)
    height_range = check_range('height_range', height_range, 0.2, 0.95)
    if not isinstance(out_dir, (str, os.PathLike)) or not str(out_dir):
        raise ValueError(f'out_dir must be a non-empty path, got {out_dir!r}')

    out_dir = str(out_dir)
    video_dir = osp.join(out_dir, 'videos')
    os.makedirs(video_dir, exist_ok=True)
    remove_stale_temps(video_dir)
    remove_stale_temps(out_dir)

    split_of = {s: name for name, ids in split_ids.items() for s in ids}
    jobs = [(subject, action, clip) for subject in range(num_subjects)
            for action in sk.CLASSES for clip in range(clips_per_action)]
    annotations, clips_meta = [], []
    lists = {s: [] for s in SPLITS}
    counts = {s: {name: 0 for name in sk.CLASSES} for s in SPLITS}
    bodies = {}
    bar = progress_bar(total=len(jobs), unit='clip', desc='demo corpus',
                       disable=not progress)
    try:
        for subject, action, clip in jobs:
            if subject not in bodies:
                bodies[subject] = subject_body(seed, subject, height_range)
            result = render_clip(seed, subject, action, clip, num_frames,
                                 size, fps, body=bodies[subject])
            name = clip_name(action, subject, clip)
            split = split_of[subject]
            # MPEG-4 Part 2, as KTH ships: decoded every epoch, it reads
            # faster than H.264 (mmaction_har/utils/video.py)
            write_video(osp.join(video_dir, name + '.mp4'), result.frames,
                        fps, verify=verify, codec='mpeg4')
            label = result.meta['label']
            annotations.append(dict(
                frame_dir=name, label=label, img_shape=(size, size),
                original_shape=(size, size), total_frames=num_frames,
                keypoint=result.keypoint[None],
                keypoint_score=result.keypoint_score[None]))
            lists[split].append(f'{name}.mp4 {label}')
            counts[split][action] += 1
            clips_meta.append(dict(name=name, split=split, **result.meta))
            bar.update(1)
    finally:
        bar.close()

    names = {m['name'] + '.mp4' for m in clips_meta}
    for old in os.listdir(video_dir):
        if _NAME_RE.match(old) and old not in names:
            os.remove(osp.join(video_dir, old))

    params = dict(seed=seed, num_subjects=num_subjects,
                  clips_per_action=clips_per_action, num_frames=num_frames,
                  size=size, fps=fps, val_subjects=len(split_ids['val']),
                  test_subjects=len(split_ids['test']),
                  height_range=list(height_range), track=TRACK,
                  max_travel=MAX_TRAVEL)
    split_names = {s: [m['name'] for m in clips_meta if m['split'] == s]
                   for s in SPLITS}
    write_pickle(osp.join(out_dir, 'pose.pkl'),
                 dict(split=split_names, annotations=annotations,
                      classes=list(sk.CLASSES)))
    for s in SPLITS:
        write_text(osp.join(out_dir, f'{s}_list.txt'),
                   ''.join(line + '\n' for line in lists[s]))
    write_text(osp.join(out_dir, 'classes.txt'),
               ''.join(c + '\n' for c in sk.CLASSES))
    corpus = dict(
        generator='mmaction_har.demo', version=1, seed=seed,
        params=params,
        classes=list(sk.CLASSES), keypoints=list(sk.KEYPOINTS),
        splits=split_ids,
        subjects=[dict(subject=s, split=split_of[s],
                       body=bodies[s].to_dict()) for s in sorted(bodies)],
        clips=clips_meta)
    write_text(osp.join(out_dir, 'corpus.json'),
               json.dumps(corpus, indent=1) + '\n')
    write_text(osp.join(out_dir, 'summary.md'),
               _summary_md(counts, split_ids, params))
    return dict(out_dir=out_dir, num_clips=len(jobs),
                classes=list(sk.CLASSES), split_subjects=split_ids,
                counts=counts, seconds=round(time.time() - start, 2))


def format_summary(summary):
    """Human-readable text of :func:`make_demo_corpus`'s return value."""
    counts = summary['counts']
    lines = [f"wrote {summary['num_clips']} clips to {summary['out_dir']} in "
             f"{summary['seconds']:.1f}s",
             f"{'class':<14}" + ''.join(f'{s:>7}' for s in SPLITS)]
    for name in summary['classes']:
        lines.append(f'{name:<14}' +
                     ''.join(f'{counts[s][name]:>7}' for s in SPLITS))
    lines.append('subjects: ' + ', '.join(
        f"{s} {summary['split_subjects'][s]}" for s in SPLITS))
    return '\n'.join(lines)
