"""The report's tables as plain rows, shared by the Markdown and HTML output.

Each table is ``(title, header, rows)`` with every cell already a string, so
``report.md`` and ``report.html`` always show the same numbers.
"""
from typing import List, Tuple

Table = Tuple[str, List[str], List[List[str]]]

# Headline metrics: (key in the summary, label). Element ids in the HTML are
# ``metric-<key>``.
HEADLINE = (
    ('top1', 'top-1 accuracy'),
    ('top2', 'top-2 accuracy'),
    ('top3', 'top-3 accuracy'),
    ('top5', 'top-5 accuracy'),
    ('mean_class_accuracy', 'mean class accuracy (present classes)'),
    ('mean_class_accuracy_mmaction', 'mean class accuracy, MMAction2 '
     'AccMetric (acc/mean1)'),
    ('balanced_accuracy', 'balanced accuracy'),
    ('balanced_accuracy_adjusted', 'balanced accuracy, chance-adjusted'),
    ('macro_f1', 'macro F1 (present classes)'),
)
COUNTS = (
    ('num_samples', 'test samples'),
    ('num_classes', 'classes of the model'),
    ('num_present_classes', 'classes in the test set'),
    ('num_predicted_classes', 'classes predicted'),
)


def pct(value: float) -> str:
    return '-' if value != value else f'{100 * value:.2f}'


def headline_rows(summary: dict) -> List[Tuple[str, str, str]]:
    """``(key, label, text)`` of the headline numbers in ``summary``."""
    rows = [(k, label, pct(summary[k])) for k, label in HEADLINE
            if k in summary]
    rows += [(k, label, str(summary[k])) for k, label in COUNTS
             if k in summary]
    return rows


def per_class_table(metrics: dict, title: str, what: str = 'class') -> Table:
    k = max(metrics['topk'])
    header = [what, 'support', 'predicted', 'top-1 %']
    if k > 1:
        header.append(f'top-{k} %')
    header += ['precision %', 'F1 %']
    rows = []
    for r in metrics['per_class']:
        absent = r['support'] == 0
        row = [r['name'], str(r['support']), str(r['predicted']),
               '-' if absent else pct(r['top1'])]
        if k > 1:
            row.append('-' if absent else pct(r[f'top{k}']))
        row += ['-' if not r['predicted'] else pct(r['precision']),
                '-' if absent else pct(r['f1'])]
        rows.append(row)
    return title, header, rows


def confused_table(metrics: dict, title: str) -> Table:
    rows = [[c['true'], c['pred'], str(c['count']), pct(c['fraction'])]
            for c in metrics['confused']]
    return title, ['ground truth', 'predicted as', 'samples',
                   '% of the class'], rows


def ood_table(ood: dict, title: str) -> Table:
    rows = []
    for r in ood['table']:
        preds = '; '.join(f'{p["pred"]} {p["count"]} ({pct(p["fraction"])}%)'
                          for p in r['predictions'])
        rows.append([r['true'], str(r['support']), preds])
    return title, ['ground truth', 'samples',
                   'most frequent top-1 predictions (count, %)'], rows


def summary_table(summary: dict, title: str) -> Table:
    rows = [[label, text] for _, label, text in headline_rows(summary)]
    return title, ['metric', 'value (%, or count)'], rows
