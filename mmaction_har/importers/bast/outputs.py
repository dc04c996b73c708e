"""Write, validate and publish the BAST lists; the summary.

All list files are written into staging folders inside ``out_dir`` (one
per output folder), validated there with
:func:`mmaction_har.importers.validate.validate_list` (media, labels,
duplicates; clip lengths against the frames they should hold) and moved
into place together. Clips no list in ``out_dir`` names any more are
removed only after that, so an interrupted run never breaks the lists
already there.
"""
import contextlib
import os
import os.path as osp

from ..outputs import (Summary, assert_disjoint, counts_table, staged, unstage,
                       write_lines)
from ..validate import validate_list
from .split import SPLITS


def _list_files(result):
    """``(folder, name, clips, classes)`` of every list to write."""
    out = []
    for name, splits in result.clips.items():
        for split in SPLITS:
            out.append((name, f'{split}.txt', splits[split],
                        result.classes[name]))
        for domain, clips in sorted(result.domain_clips.items()):
            out.append((name, f'test_{domain}.txt', clips,
                        result.classes[domain]))
    return out


def _referenced(out_dir):
    """Clip paths named by any list under ``out_dir/*/``."""
    keep = set()
    for folder in sorted(os.listdir(out_dir)):
        sub = osp.join(out_dir, folder)
        if folder.startswith('.') or folder == 'clips' or \
                not osp.isdir(sub):
            continue
        for name in os.listdir(sub):
            if name.endswith('.txt') and not name.startswith('classes'):
                with open(osp.join(sub, name), encoding='utf-8') as f:
                    keep.update(line.split()[0] for line in f
                                if line.strip())
    return keep


def write_outputs(result, cache, media='decode', progress=True):
    """Write every list, class file and the summary; validate; publish."""
    out_dir = result.out_dir
    clips_dir = cache.dir
    assert_disjoint({s: result.splits[s] for s in SPLITS}, 'recording')
    for name, splits in result.clips.items():
        assert_disjoint({s: {c.recording for c in splits[s]}
                         for s in SPLITS}, f'{name} recording')
    frame_counts = {}
    with contextlib.ExitStack() as stack:
        stages = {}
        for folder in sorted(result.clips):
            stages[folder] = stack.enter_context(
                staged(osp.join(out_dir, folder)))
        top = stack.enter_context(staged(out_dir))
        for folder, name, clips, classes in _list_files(result):
            path = osp.join(stages[folder], name)
            write_lines(path, [f'{c.path} {c.label}' for c in clips])
            report = validate_list(path, 'video', clips_dir, classes,
                                   media=media, frame_counts=frame_counts)
            for lineno, clip in enumerate(clips, 1):
                full = osp.join(clips_dir, clip.path)
                frames = report.frame_counts.get(full)
                if frames is not None and frames != clip.stop - clip.first:
                    report.add('truncated', f'{path}:{lineno}',
                               f'{full} has {frames} frames, expected '
                               f'{clip.stop - clip.first}')
            result.problems += unstage(report.problems, stages[folder],
                                       osp.join(out_dir, folder))
            result.outputs.append(osp.join(out_dir, folder, name))
        for folder in sorted(result.clips):
            write_lines(osp.join(stages[folder], 'classes.txt'),
                        result.classes[folder])
            result.outputs.append(osp.join(out_dir, folder, 'classes.txt'))
            for domain in sorted(result.domain_clips):
                write_lines(osp.join(stages[folder],
                                     f'classes_{domain}.txt'),
                            result.classes[domain])
                result.outputs.append(osp.join(out_dir, folder,
                                               f'classes_{domain}.txt'))
        summary(result).write(osp.join(top, 'bast_summary.md'))
        result.outputs.append(osp.join(out_dir, 'bast_summary.md'))
    removed = cache.forget_except(_referenced(out_dir))
    cache.save()
    return removed


def _recording_list(recs):
    return ', '.join(recs) if recs else 'none'


def summary(result):
    """The Markdown summary (deterministic: no times, sorted lists)."""
    p = result.params
    spec = p['spec']
    s = Summary('BAST clips')
    s.add('Source', '\n'.join([
        f'- raw folder: `{result.raw_dir}`',
        f'- mapping: `{p["mapping"]}`',
        f'- label sets: {", ".join(p["label_sets"])}',
        f'- windows: {spec.window:g} s, stride '
        f'{"none" if spec.stride is None else f"{spec.stride:g} s"}, at most '
        f'{spec.max_clips} per segment, shorter segments '
        f'{"kept whole" if spec.keep_short else "dropped"}',
        f'- split: seed {p["seed"]}, shares '
        f'{"/".join(f"{x:g}" for x in p["shares"])}, fixed test list '
        f'{p["test_list"] or "none"}',
        f'- clips: {p["codec"]}',
        f'- recordings with media: {len(result.media)}']))
    s.add('Recordings per split (disjoint)', '\n'.join(
        f'- {split} ({len(result.splits[split])}): '
        f'{_recording_list(result.splits[split])}' for split in SPLITS))
    for name, splits in result.clips.items():
        s.add(f'{name}: clips per class and split', counts_table(
            result.classes[name], {k: [c.label for c in v]
                                   for k, v in splits.items()}))
        notes = result.counters[name]
        s.add_list(f'{name}: values marked not rated',
                   [f'{k} (x{n})' for k, n in sorted(notes.not_rated.items())])
        s.add_list(f'{name}: values the mapping does not cover',
                   [f'{k} (x{n})' for k, n in sorted(notes.unmapped.items())])
    for domain, clips in sorted(result.domain_clips.items()):
        recs = sorted({c.recording for c in clips})
        seen = sorted(set(recs) & set(result.splits['train'] +
                                      result.splits['val']))
        s.add(f'Domain {domain}: clips per class', counts_table(
            result.classes[domain], {'test': [c.label for c in clips]}) +
            f'\n\nrecordings: {_recording_list(recs)}; also in train/val: '
            f'{_recording_list(seen)}')
    s.add_notes(result.notes, result.problems)
    return s
