"""Split recordings into train/val/test: seeded, stratified, leak-free.

A recording (one student) goes to exactly one split. With a fixed test
list those recordings are the test split and the rest is shared by train
and val; otherwise every split is drawn. Stratification is greedy: the
recordings, shuffled by the seed, are taken rarest-labels first and each is
put where it most reduces the squared relative gaps between the share of
each label's clips a split has and the share it should have; a split that would
otherwise stay empty gets the last recordings.
"""
import random
from collections import Counter

from ...errors import HarError

SPLITS = ('train', 'val', 'test')


def _gain(split, have, target, counts, totals):
    """How much closer ``split`` gets to its share of every label with a
    recording of label ``counts``: the decrease of the squared relative
    gaps ``((have / total - share) / share) ** 2``, summed over labels
    (relative, so a small split's gap weighs as much as a large one's)."""
    gain = 0.0
    share = max(target[split], 1e-9)
    for lab, n in counts.items():
        before = (have[split][lab] / totals[lab] - target[split]) / share
        after = before + n / totals[lab] / share
        gain += before ** 2 - after ** 2
    return gain


def split_recordings(label_counts, shares=(0.7, 0.15, 0.15), seed=0,
                     test=None):
    """Assign recordings to splits.

    Args:
        label_counts (dict[str, Counter]): Recording -> clips per label (the
            distribution to stratify on).
        shares (tuple[float]): Train, val, test shares (normalized).
        seed (int): Seed of the shuffle that breaks ties.
        test (Iterable[str], optional): Fixed test recordings; then
            ``shares`` apply to train and val only.

    Returns:
        dict[str, list[str]]: Split -> sorted recordings (disjoint).

    Raises:
        HarError: A fixed test recording is unknown, or a share is negative.
    """
    if len(shares) != 3 or min(shares) < 0 or sum(shares) <= 0:
        raise HarError(f'split shares must be 3 non-negative numbers, got '
                       f'{list(shares)}')
    recordings = sorted(label_counts)
    out = {s: [] for s in SPLITS}
    todo = recordings
    names = SPLITS
    if test is not None:
        test = sorted(set(test))
        unknown = [r for r in test if r not in label_counts]
        if unknown:
            raise HarError(f'fixed test recordings not among the usable '
                           f'recordings: {", ".join(unknown)}')
        out['test'] = test
        todo = [r for r in recordings if r not in set(test)]
        names = ('train', 'val')
        shares = shares[:2] if sum(shares[:2]) > 0 else (1, 0)
    total = sum(shares[:len(names)])
    target = {s: shares[i] / total for i, s in enumerate(names)}
    rng = random.Random(seed)
    todo = list(todo)
    rng.shuffle(todo)
    totals = Counter()
    for rec in todo:
        totals.update(label_counts[rec])
    rarity = {lab: 1 / n for lab, n in totals.items()}
    todo.sort(key=lambda r: -max((rarity[lab] for lab in label_counts[r]),
                                 default=0))
    have = {s: Counter() for s in names}
    wanted = [s for s in names if target[s] > 0]
    for i, rec in enumerate(todo):
        empty = [s for s in wanted if not out[s]]
        left = len(todo) - i
        if empty and left <= len(empty):
            choice = empty[0]
        else:
            choice = max(names, key=lambda s: (
                _gain(s, have, target, label_counts[rec], totals),
                target[s] - len(out[s]) / max(1, len(todo))))
        out[choice].append(rec)
        have[choice].update(label_counts[rec])
    return {s: sorted(v) for s, v in out.items()}
