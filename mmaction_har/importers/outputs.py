"""What every importer writes: lists, pickles and a Markdown summary.

Importers compute everything in memory first, then write all their files
into a staging folder inside the output folder (:func:`staged`), validate
them there and move them into place together at the end: an interrupted run
leaves the previous outputs (or none), never a half-written file nor a mix
of old and new files (save for the instant of the final renames). Before
anything is staged, :func:`check_splits` refuses an import without a usable
sample (an input where every file was left out would otherwise replace good
outputs with empty ones) and, unless asked for, one with an empty split.
Outputs are deterministic (sorted, seeded, no timestamps), so running an
importer twice on the same input gives byte-identical files.
"""
import contextlib
import itertools
import os
import os.path as osp
import pickle
import random
import shutil
import sys
import tempfile
from collections import Counter, defaultdict

from ..errors import HarError
from ..utils import atomic_write


@contextlib.contextmanager
def staged(out_dir):
    """Yield a staging folder; on success move its files into ``out_dir``.

    On any exception (KeyboardInterrupt included) the staging folder is
    removed and ``out_dir`` keeps its previous files.

    Raises:
        HarError: ``out_dir`` (or a folder above it) is a file.
    """
    try:
        os.makedirs(out_dir, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise HarError(f'output folder {out_dir}: a file of that name is in '
                       'the way; give a folder') from None
    stage = tempfile.mkdtemp(dir=out_dir, prefix='.staging-')
    umask = os.umask(0)
    os.umask(umask)
    try:
        yield stage
        for name in sorted(os.listdir(stage)):
            os.chmod(osp.join(stage, name), 0o666 & ~umask)
            os.replace(osp.join(stage, name), osp.join(out_dir, name))
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def unstage(problems, stage, out_dir, allow_empty=False):
    """Rewrite staging paths in validation problems to final paths.

    With ``allow_empty`` (the user asked for empty splits), ``empty``
    problems of the written lists are dropped.
    """
    problems = [p for p in problems if not (allow_empty and
                                            p.kind == 'empty')]
    for p in problems:
        p.where = p.where.replace(stage, out_dir)
        p.message = p.message.replace(stage, out_dir)
    return problems


def check_splits(counts, source, left_out=(), allow_empty=False):
    """Refuse to write annotation files without usable samples.

    Args:
        counts (dict[str, int]): Samples of every split (or output list).
        source (str): The input named in the message (folder or file).
        left_out (Sequence[str]): ``'name: reason'`` of the inputs left out;
            the first one is quoted when nothing is usable.
        allow_empty (bool): Some (not all) splits may be empty
            (``--allow-empty-split``).

    Raises:
        HarError: Nothing usable, or an empty split; nothing is written.
    """
    if not sum(counts.values()):
        left_out = list(left_out)
        why = f' ({len(left_out)} left out, the first: {left_out[0]})' \
            if left_out else ''
        raise HarError(f'no usable sample in {source}{why}; nothing written')
    empty = [name for name, n in counts.items() if not n]
    if empty and not allow_empty:
        sizes = ', '.join(f'{name} {n}' for name, n in counts.items())
        raise HarError(f'{source}: split {", ".join(empty)} would be empty '
                       f'({sizes}); nothing written (--allow-empty-split '
                       'writes it anyway)')


def write_lines(path, lines):
    """Write ``lines`` (no trailing newlines) to ``path`` atomically."""
    with atomic_write(path) as f:
        for line in lines:
            f.write(f'{line}\n')


def write_pickle(path, obj):
    """Pickle ``obj`` to ``path`` atomically (protocol 4, numpy-friendly)."""
    with atomic_write(path, 'wb') as f:
        pickle.dump(obj, f, protocol=4)


def subsample_per_class(items, per_class, seed, label=lambda x: x['label']):
    """Keep at most ``per_class`` items of each label, chosen by a seeded RNG.

    Classes are visited in sorted order and the kept items stay in their
    input order, so the result depends only on ``items``, ``per_class`` and
    ``seed``.
    """
    if per_class is None:
        return list(items)
    if per_class < 1:
        raise HarError(f'the per-class target must be >= 1, got {per_class}')
    rng = random.Random(seed)
    by_label = defaultdict(list)
    for i, item in enumerate(items):
        by_label[label(item)].append(i)
    keep = set()
    for lab in sorted(by_label):
        idx = by_label[lab]
        keep.update(idx if len(idx) <= per_class else
                    rng.sample(idx, per_class))
    return [item for i, item in enumerate(items) if i in keep]


def assert_disjoint(groups_by_split, what):
    """Raise if a group (person, child, recording) is in two splits.

    Args:
        groups_by_split (dict[str, Iterable]): Split name to its groups.
        what (str): The group's name in the message, e.g. ``'person'``.
    """
    for (a, ga), (b, gb) in itertools.combinations(groups_by_split.items(), 2):
        shared = set(ga) & set(gb)
        if shared:
            raise HarError(f'{what}s in both {a} and {b}: '
                           f'{", ".join(map(str, sorted(shared)))}')


def counts_table(classes, labels_by_split):
    """A Markdown table of clips per class (rows) and split (columns).

    Args:
        classes (Sequence[str]): Class names; label ``i`` is ``classes[i]``.
        labels_by_split (dict[str, Iterable[int]]): Labels of each split.
    """
    splits = list(labels_by_split)
    counts = {s: Counter(labels_by_split[s]) for s in splits}
    lines = ['| label | class | ' + ' | '.join(splits) + ' |',
             '|---:|---|' + '---:|' * len(splits)]
    for i, name in enumerate(classes):
        cells = ' | '.join(str(counts[s][i]) for s in splits)
        lines.append(f'| {i} | {name} | {cells} |')
    totals = ' | '.join(str(sum(counts[s].values())) for s in splits)
    lines.append(f'| | **total** | {totals} |')
    return '\n'.join(lines)


def split_counts_table(classes, annotations, splits):
    """:func:`counts_table` of a pose pickle's splits.

    Args:
        annotations (list[dict]): With ``frame_dir`` and ``label``.
        splits (dict[str, list[str]]): Split name -> frame_dirs.
    """
    label_of = {a['frame_dir']: a['label'] for a in annotations}
    return counts_table(classes, {s: [label_of[n] for n in names]
                                  for s, names in splits.items()})


class Summary:
    """A Markdown summary assembled section by section.

    Args:
        title (str): The level-1 heading.
    """

    def __init__(self, title):
        self.title = title
        self.sections = []

    def add(self, heading, text):
        self.sections.append((heading, text.rstrip()))

    def add_list(self, heading, items, empty='none'):
        """Add a bulleted list (``empty`` when there is nothing to list)."""
        items = list(items)
        text = '\n'.join(f'- {x}' for x in items) if items else empty
        self.add(f'{heading} ({len(items)})', text)

    def add_notes(self, notes, problems, written='lists'):
        """One list per kind of note (``{heading: items}``, sorted), then
        the validation problems of what was written."""
        for heading, items in sorted(notes.items()):
            self.add_list(heading[0].upper() + heading[1:], items)
        self.add_list(f'Validation problems in the written {written}',
                      map(str, problems))

    def to_markdown(self):
        parts = [f'# {self.title}']
        parts += [f'## {h}\n\n{t}' for h, t in self.sections]
        return '\n\n'.join(parts) + '\n'

    def write(self, path):
        with atomic_write(path) as f:
            f.write(self.to_markdown())


def report_outputs(outputs, problems, out=None, err=None):
    """Print the files an importer wrote and the problems it found.

    For the ``prepare_*`` tools: ``wrote PATH`` lines on ``out``, then
    ``problem: ...`` lines on ``err`` (both default to the streams current
    at call time). Returns the tool's exit status: 1 if there are problems.
    """
    for path in outputs:
        print(f'wrote {path}', file=out or sys.stdout)
    for problem in problems:
        print(f'problem: {problem}', file=err or sys.stderr)
    return 1 if problems else 0
