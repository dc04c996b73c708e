"""A small BAST-like raw layout for tests and the demo: videos + ELAN files.

Real BAST material cannot be shipped; this writes the same *kind* of input
the BAST importer reads (``tools/data/prepare_bast.py``)::

    out_dir/videos/sNN_teil1.mp4        part I recordings (one as .MTS)
    out_dir/annotations/sNN_teil1.eaf   ELAN: a German task tier, rating
                                        tiers (ALIGNABLE and REF annotations)
    out_dir/videos/s{N+1}_teil2.mp4     an improvisation (avatar) recording
    out_dir/videos/s{N+2}_kinesphere.mp4
    out_dir/offsets.csv                 recordings whose ELAN times are shifted
    out_dir/avatar.csv, kinesphere.csv  domain time ranges
    out_dir/bast_raw.json               ground truth (video-clock segments)

Each recording is one demo figure (:func:`.clip.render_clip`) doing
a sequence of movements separated by short still gaps; BAST tasks map onto
demo motions (:data:`MOTIONS`: walk = walking, stamp = boxing, ...), which
need not look like dance. Task values use German spelling variants, some
rating tier IDs are hand-typed variants (``FAL flow``), some ratings are
``?`` or values the default mapping leaves out, and every third recording
(from the second on) has ELAN times shifted by :data:`SHIFT` seconds
(undone by offsets.csv).
Deterministic per seed.
"""
import json
import os
import os.path as osp
from xml.sax.saxutils import escape

import numpy as np

from .clip import render_clip, subject_body
from .files import write_text, write_video

#: BAST base task -> demo motion drawn for it.
MOTIONS = {'walk': 'walking', 'run': 'running', 'stamp': 'boxing',
           'swing-upper-body': 'handwaving',
           'contract-expand': 'handclapping', 'fall': 'jogging'}
#: German annotation values written for each task (spelling variants).
GERMAN = {'walk': ['Gehen', 'gehen '], 'run': ['Laufen', ' Laufen'],
          'stamp': ['Stampfen', 'Stanpfen'],
          'swing-upper-body': ['Schwünge', 'Schwingen', 'schwingen'],
          'contract-expand': ['Zusammenziehen/Ausdehnen',
                              'Zusammenziehen / Ausdehnen',
                              'Zusammenziehen/Ausdehen'],
          'fall': ['Fallen']}
#: Rating tier and values of each task ('maximum strength' and the
#: head-integration tier are outside the default mapping's 42 labels).
RATINGS = {
    'walk': ('WAL-floorpattern', ['straight more than curved', 'curved',
                                  'curved more than straight']),
    'run': ('RUN-floorpattern', ['straight more than curved', 'curved',
                                 'curved more than straight']),
    'stamp': ('STA-strength', ['no strength', 'little strength',
                               'medium strength', 'maximum strength']),
    'swing-upper-body': ('SWI-flow', ['bound', 'bound more than free',
                                      'free more than bound', 'free']),
    'contract-expand': ('COEX-emphasis', ['no emphasis', 'contracting',
                                          'expanding']),
    'fall': ('FAL-flow', ['free falling', 'sits/lies down']),
}
TASK_TIER = 'Aufgabe'
SHIFT = 2.0
AVATAR = [('water', 'handwaving'), ('fire', 'boxing'), ('air', 'jogging'),
          ('earth', 'walking')]
KINESPHERE = [('narrow', 'handclapping'), ('middle', 'boxing'),
              ('wide', 'handwaving')]


def _plan(rng, index, durations):
    """Segments ``(task, start, end)`` of recording ``index`` (seconds)."""
    tasks = [t for t in MOTIONS if t != 'fall']
    chosen = [tasks[(index + k) % len(tasks)] for k in range(3)]
    lengths = [rng.uniform(*durations[0]), rng.uniform(*durations[1]),
               rng.uniform(*durations[2]), rng.uniform(2.0, 4.0)]
    t, out = 1.0, []
    for task, length in zip(chosen + ['fall'], lengths):
        out.append((task, round(t, 2), round(t + length, 2)))
        t += length + rng.uniform(0.6, 1.2)
    return out, round(t + 0.4, 2)


def _render(seed, subject, parts, duration, size, fps):
    """Frames of one recording: ``parts`` are ``(motion, start, end)``;
    between them the figure stands still (frozen first pose)."""
    body = subject_body(seed, subject)
    total = int(round(duration * fps))
    frames = np.zeros((total, size, size, 3), np.uint8)
    cursor = 0
    for k, (motion, start, end) in enumerate(parts):
        f0, f1 = int(round(start * fps)), min(int(round(end * fps)), total)
        clip = render_clip(seed, subject, motion, k, f1 - f0, size, fps,
                           body=body)
        frames[cursor:f0] = clip.frames[0]
        frames[f0:f1] = clip.frames
        cursor = f1
    frames[cursor:] = frames[cursor - 1] if cursor else 0
    return frames


def eaf_text(media, tiers):
    """ELAN 3.0 XML. ``tiers``: ``(tier_id, parent, annotations)`` where an
    annotation is ``(id, start_ms, end_ms, value)`` (ALIGNABLE) or ``(id,
    ref_id, value)`` (REF_ANNOTATION, ``parent`` set)."""
    times = sorted({t for _, _, anns in tiers for a in anns if len(a) == 4
                    for t in a[1:3]})
    slot = {t: f'ts{i + 1}' for i, t in enumerate(times)}
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<ANNOTATION_DOCUMENT AUTHOR="" DATE="2019-05-06T10:00:00+01:00" '
           'FORMAT="3.0" VERSION="3.0" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:noNamespaceSchemaLocation='
           '"http://www.mpi.nl/tools/elan/EAFv3.0.xsd">',
           '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">',
           f'        <MEDIA_DESCRIPTOR MEDIA_URL="file:///{escape(media)}" '
           'MIME_TYPE="video/mp4"/>', '    </HEADER>', '    <TIME_ORDER>']
    out += [f'        <TIME_SLOT TIME_SLOT_ID="{slot[t]}" TIME_VALUE="{t}"/>'
            for t in times]
    out.append('    </TIME_ORDER>')
    for tier_id, parent, anns in tiers:
        attrs = f' PARENT_REF="{parent}"' if parent else ''
        ling = 'ratings' if parent else 'default-lt'
        out.append(f'    <TIER LINGUISTIC_TYPE_REF="{ling}" '
                   f'TIER_ID="{escape(tier_id)}"{attrs}>')
        for a in anns:
            out.append('        <ANNOTATION>')
            if len(a) == 4:
                out.append(f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID='
                           f'"{a[0]}" TIME_SLOT_REF1="{slot[a[1]]}" '
                           f'TIME_SLOT_REF2="{slot[a[2]]}">')
                tag = 'ALIGNABLE_ANNOTATION'
            else:
                out.append(f'            <REF_ANNOTATION ANNOTATION_ID='
                           f'"{a[0]}" ANNOTATION_REF="{a[1]}">')
                tag = 'REF_ANNOTATION'
            out.append(f'                <ANNOTATION_VALUE>'
                       f'{escape(a[-1])}</ANNOTATION_VALUE>')
            out += [f'            </{tag}>', '        </ANNOTATION>']
        out.append('    </TIER>')
    out += ['    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" '
            'LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>',
            '    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" '
            'GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="ratings" '
            'TIME_ALIGNABLE="false"/>', '</ANNOTATION_DOCUMENT>']
    return '\n'.join(out) + '\n'


def _recording_eaf(rng, name, plan, shift, video_name):
    """Task tier (German values) + rating tiers for one recording."""
    ms = [(int(round((s + shift) * 1000)), int(round((e + shift) * 1000)))
          for _, s, e in plan]
    task_anns, ratings = [], {}
    for k, ((task, _, _), (s, e)) in enumerate(zip(plan, ms)):
        aid = f'a{k + 1}'
        variants = GERMAN[task]
        task_anns.append((aid, s, e, variants[rng.integers(len(variants))]))
        tier, values = RATINGS[task]
        value = '?' if rng.uniform() < 0.1 else values[
            rng.integers(len(values))]
        # Even annotations refer to the task (symbolic association), odd
        # ones are aligned on their own time slots.
        ann = (f'a{100 + k}', aid, value) if k % 2 == 0 else \
            (f'a{100 + k}', s, e, value)
        ratings.setdefault(tier, []).append(ann)
    tiers = [(TASK_TIER, None, task_anns)]
    for tier, anns in sorted(ratings.items()):
        refs = [a for a in anns if len(a) == 3]
        aligned = [a for a in anns if len(a) == 4]
        if refs:
            tiers.append((tier, TASK_TIER, refs))
        if aligned:
            # Tier IDs were typed by hand: some read "WAL floorpattern"
            # (always so next to a "WAL-floorpattern" tier: IDs are unique).
            hand = rng.uniform() < 0.5 or bool(refs)
            tiers.append((tier.replace('-', ' ', 1) if hand else tier, None,
                          aligned))
    return eaf_text(video_name, tiers)


def make_bast_raw(out_dir, num_recordings=6, size=64, fps=25, seed=0,
                  durations=((10.5, 12.0), (15.2, 16.5), (5.0, 7.0)),
                  domain_range=10.2):
    """Write the BAST-like raw layout (see the module docstring).

    Args:
        out_dir (str): Output folder.
        num_recordings (int): Part I recordings (>= 3), plus one avatar and
            one kinesphere recording.
        size (int): Frame side in pixels (even).
        fps (float): Frame rate.
        seed (int): Seed.
        durations (tuple): Ranges (s) of the three task segments of each
            recording (a fall of 2-4 s follows them). The defaults give,
            with 10 s windows, one clip, two clips and none (too short).
        domain_range (float): Length (s) of each avatar/kinesphere range.

    Returns:
        dict: The ground truth also written to ``bast_raw.json``:
        ``recordings`` (name -> video, eaf, offset, segments ``[task,
        start, end]`` on the video clock), ``avatar``, ``kinesphere``.
    """
    if num_recordings < 3:
        raise ValueError(f'num_recordings must be >= 3, got {num_recordings}')
    rng = np.random.default_rng(seed)
    videos, annotations = osp.join(out_dir, 'videos'), osp.join(
        out_dir, 'annotations')
    os.makedirs(videos, exist_ok=True)
    os.makedirs(annotations, exist_ok=True)
    truth = dict(recordings={}, avatar=[], kinesphere=[])
    offsets = []
    for i in range(num_recordings):
        name = f's{i + 1:02d}_teil1'
        plan, duration = _plan(rng, i, durations)
        shift = SHIFT if i % 3 == 1 else 0.0
        ext = '.MTS' if i == 2 else '.mp4'
        frames = _render(seed, i, [(MOTIONS[t], s, e) for t, s, e in plan],
                         duration, size, fps)
        write_video(osp.join(videos, name + ext), frames, fps, verify=False)
        write_text(osp.join(annotations, name + '.eaf'),
                   _recording_eaf(rng, name, plan, shift, name + ext))
        if shift:
            offsets.append(f'{name},{-shift:g}')
        truth['recordings'][name] = dict(
            video=f'videos/{name}{ext}', eaf=f'annotations/{name}.eaf',
            offset=-shift, segments=[list(p) for p in plan])
    for domain, parts, stem in (('avatar', AVATAR, 'teil2'),
                                ('kinesphere', KINESPHERE, 'kinesphere')):
        subject = num_recordings + len(truth[domain]) + (
            0 if domain == 'avatar' else 1)
        name = f's{subject + 1:02d}_{stem}'
        step = round(domain_range + 0.3, 2)
        ranges = [(label, round(1.0 + step * k, 2),
                   round(1.0 + step * k + domain_range, 2))
                  for k, (label, _) in enumerate(parts)]
        frames = _render(seed, subject, [(m, s, e) for (_, m), (_, s, e) in
                                         zip(parts, ranges)],
                         ranges[-1][2] + 0.5, size, fps)
        write_video(osp.join(videos, name + '.mp4'), frames, fps,
                    verify=False)
        truth[domain] = [[name, s, e, label] for label, s, e in ranges]
        lines = ['recording,start,end,label'] + [
            f'{name},{_clock(s) if k % 2 else s},{e},{label}'
            for k, (label, s, e) in enumerate(ranges)]
        write_text(osp.join(out_dir, f'{domain}.csv'), '\n'.join(lines) + '\n')
    write_text(osp.join(out_dir, 'offsets.csv'),
               '# recording,seconds added to the ELAN times\n' +
               ''.join(f'{line}\n' for line in offsets))
    write_text(osp.join(out_dir, 'bast_raw.json'),
               json.dumps(truth, indent=1, sort_keys=True) + '\n')
    return truth


def _clock(seconds):
    """``m:ss.s`` spelling of a time (the range files accept both)."""
    return f'{int(seconds // 60)}:{seconds % 60:04.1f}'
