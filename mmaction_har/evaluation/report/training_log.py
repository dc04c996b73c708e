"""Read mmengine's training logs of a work dir into train and val series.

mmengine 0.10 writes, per run of ``tools/train.py``, a folder
``WORK_DIR/<timestamp>/`` holding the text log ``<timestamp>.log`` and
``vis_data/scalars.json`` (``LocalVisBackend``; ``vis_data/<timestamp>.json``
is the logger hook's copy). Each line is one JSON dict:

* training (every ``logger.interval`` iterations): ``lr``, ``loss``, ...,
  ``iter`` and ``step`` (1-based global iteration), plus ``epoch`` in an
  epoch-based loop;
* validation: the metrics (``acc/top1``, ...), ``step`` = the epoch
  (epoch-based loop) or the iteration (iteration-based loop).

A ``--resume`` adds a folder that continues the iterations; folders are read
in timestamp order and a later folder's values replace an earlier one's at
the same step. Folders without training lines (``tools/test.py`` runs, which
write only ``<timestamp>.json``) are skipped. Wall time per folder is the
span between the first and last time stamp of its ``.log``.
"""
import glob
import json
import os.path as osp
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List, Optional

from ...errors import HarError

_STAMP = re.compile(r'^(\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) - ')


@dataclass
class Run:
    """The merged logs of one work dir."""
    name: str
    work_dir: str
    train: List[dict] = field(default_factory=list)   # sorted by iter
    val: List[dict] = field(default_factory=list)     # sorted by step
    by_epoch: bool = False
    segments: List[str] = field(default_factory=list)
    wall_time: float = 0.0     # seconds, summed over segments
    skipped_lines: int = 0

    @property
    def iter_time(self) -> float:
        """Seconds spent in training iterations, from the logged ``time``.

        Each logged ``time`` is mmengine's mean over the iterations since the
        previous log line, so it counts for that many iterations.
        """
        total, previous = 0.0, 0
        for e in self.train:
            total += e.get('time', 0.0) * (int(e['iter']) - previous)
            previous = int(e['iter'])
        return float(total)

    def epoch_end_iters(self) -> Dict[int, int]:
        """Last logged iteration of each epoch (epoch-based loops)."""
        ends: Dict[int, int] = {}
        for e in self.train:
            if 'epoch' in e:
                ends[int(e['epoch'])] = max(ends.get(int(e['epoch']), 0),
                                            int(e['iter']))
        return ends


def _scalar_file(segment: str) -> Optional[str]:
    stamp = osp.basename(segment)
    for path in (osp.join(segment, 'vis_data', 'scalars.json'),
                 osp.join(segment, 'vis_data', f'{stamp}.json'),
                 osp.join(segment, f'{stamp}.json')):
        if osp.isfile(path):
            return path
    return None


def _read_lines(path):
    entries, bad = [], 0
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                bad += 1    # e.g. the last line of a killed run
                continue
            if isinstance(entry, dict):
                entries.append(entry)
    return entries, bad


def _wall_time(segment: str) -> float:
    log = osp.join(segment, f'{osp.basename(segment)}.log')
    if not osp.isfile(log):
        return 0.0
    first = last = None
    with open(log, errors='replace') as f:
        for line in f:
            m = _STAMP.match(line)
            if m:
                last = m.group(1)
                first = first or last
    if first is None:
        return 0.0
    fmt = '%Y/%m/%d %H:%M:%S'
    return (datetime.strptime(last, fmt) -
            datetime.strptime(first, fmt)).total_seconds()


def read_run(work_dir: str, name: Optional[str] = None) -> Run:
    """Read and merge the training logs of ``work_dir``.

    Raises:
        HarError: ``work_dir`` is not a folder or holds no training log.
    """
    if not osp.isdir(work_dir):
        raise HarError(f'work dir not found: {work_dir}')
    run = Run(name=name or osp.basename(osp.normpath(work_dir)),
              work_dir=work_dir)
    train: Dict[int, dict] = {}
    val: Dict[int, dict] = {}
    for segment in sorted(glob.glob(osp.join(work_dir, '*', ''))):
        segment = osp.normpath(segment)
        path = _scalar_file(segment)
        if path is None:
            continue
        entries, bad = _read_lines(path)
        seg_train = [e for e in entries if 'iter' in e]
        if not seg_train:
            continue    # a test run
        run.skipped_lines += bad
        run.segments.append(segment)
        run.wall_time += _wall_time(segment)
        for e in seg_train:
            train[int(e['iter'])] = e
        for e in entries:
            if 'iter' not in e and 'step' in e:
                val[int(e['step'])] = e
    if not run.segments:
        raise HarError(
            f'no training logs in {work_dir}: expected '
            f'{work_dir}/<timestamp>/vis_data/scalars.json, written by '
            'tools/train.py (mmengine LocalVisBackend)')
    run.train = [train[i] for i in sorted(train)]
    run.val = [val[s] for s in sorted(val)]
    run.by_epoch = any('epoch' in e for e in run.train)
    return run


def run_names(work_dirs: List[str]) -> List[str]:
    """Legend names: the folder names, or paths below the common parent
    where they clash (``#2``, ``#3`` appended to a repeated work dir)."""
    paths = [osp.abspath(w) for w in work_dirs]
    names = [osp.basename(p) for p in paths]
    if len(set(names)) < len(names):
        common = osp.dirname(osp.commonpath(paths))
        names = [osp.relpath(p, common) for p in paths]
    seen = {}
    for i, name in enumerate(names):
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            names[i] = f'{name} #{seen[name]}'
    return names
