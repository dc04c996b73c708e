"""BAST: the recording split (disjoint, stratified, seeded, fixed test)."""
from collections import Counter

import pytest

from mmaction_har.errors import HarError
from mmaction_har.importers.bast.split import SPLITS, split_recordings


def corpus(num=40):
    """Recordings with 4 common labels and a rare one (every 8th)."""
    counts = {}
    for i in range(num):
        c = Counter({f'base:{i % 4}': 3 + i % 3, 'base:9': 1})
        if i % 8 == 0:
            c['base:7'] = 2
        counts[f'rec{i:02d}'] = c
    return counts


def test_disjoint_complete_and_stratified():
    counts = corpus()
    out = split_recordings(counts, seed=0)
    assert sorted(sum(out.values(), [])) == sorted(counts)
    assert sum(len(set(out[a]) & set(out[b]))
               for a in SPLITS for b in SPLITS if a < b) == 0
    totals = Counter()
    for c in counts.values():
        totals.update(c)
    for split, share in zip(SPLITS, (0.7, 0.15, 0.15)):
        have = Counter()
        for rec in out[split]:
            have.update(counts[rec])
        # every label, the rare one (5 recordings) included, gets close to
        # the split's share of its clips
        for label, total in totals.items():
            assert abs(have[label] / total - share) <= 0.12, (split, label)


def test_seeded():
    counts = corpus()
    assert split_recordings(counts, seed=3) == split_recordings(counts,
                                                                seed=3)
    assert split_recordings(counts, seed=3) != split_recordings(counts,
                                                                seed=4)


def test_fixed_test_list():
    counts = corpus(12)
    out = split_recordings(counts, seed=0, test=['rec03', 'rec07'])
    assert out['test'] == ['rec03', 'rec07']
    assert not set(out['train'] + out['val']) & {'rec03', 'rec07'}
    assert len(out['train']) + len(out['val']) == 10 and out['val']
    with pytest.raises(HarError, match='not among the usable recordings: '
                       'rec99'):
        split_recordings(counts, test=['rec99'])


def test_small_corpora_fill_every_split():
    out = split_recordings(corpus(3), seed=1)
    assert [len(out[s]) for s in SPLITS] == [1, 1, 1]
    with pytest.raises(HarError, match='shares'):
        split_recordings(corpus(3), shares=(1, -1, 0))
