"""Write a test report: predictions, metrics, tables and figures.

:func:`write_report` is the entry point of ``tools/analysis/report.py``,
``tools/test.py --report`` and the demo. Files written into ``out_dir``:

=============================  ==============================================
``predictions.pkl``            per sample: id, true class, top-5 names and
                               scores, all scores (list of dicts)
``predictions.csv``            the same without the full score vectors
``per_class.csv``              per-class metrics (in domain)
``report.json``                everything below, machine-readable
``report.md`` / ``report.html``  tables; the HTML embeds the figures
``confusion_counts.png``,      in domain: confusion matrices, per-class
``confusion_normalized.png``,  top-1/top-k accuracy with support, class
``per_class_accuracy.png``,    distribution (+ ``group_*.png`` with groups)
``class_distribution.png``
``ood_predictions.png``,       out of domain: test class -> model class
``ood_table.{md,csv}``         prediction map and table
=============================  ==============================================

Every file is written under a temporary folder inside ``out_dir`` and moved
into place once all are complete (``report.html`` last), so an interrupted
run leaves the previous report files, never half-written ones. Other files
in ``out_dir`` (e.g. checkpoints, when it is a work dir) are not touched.
"""
import csv
import io
import os
import os.path as osp
import shutil
import tempfile
import warnings
from typing import Optional

import numpy as np

from ...utils import dump_json_atomic
from . import figures, render, tables
from .dump import load_predictions
from .groups import group_ranks, read_groups
from .label_space import resolve_label_space, report_labels
from .metrics import compute_metrics, metrics_from_ranks, rank_classes
from .ood import compute_ood
from .samples import sample_ids, sample_rows, write_samples

TOPK = (1, 2, 3, 5)


def _write_text(path, text):
    with open(path, 'w', newline='') as f:
        f.write(text)


def _csv_text(header, rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator='\n')
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _per_class_csv(metrics):
    k = max(metrics['topk'])
    keys = ['index', 'name', 'support', 'predicted', 'correct', 'top1'] + \
        ([f'top{k}'] if k > 1 else []) + ['precision', 'f1']
    return _csv_text(keys, [[r[key] for key in keys]
                            for r in metrics['per_class']])


def _in_domain_figures(stage, metrics, names, prefix='', what='class'):
    cm = np.asarray(metrics['confusion'])
    k = max(metrics['topk'])
    figs = [
        (f'{prefix}confusion_counts', f'{what} confusion matrix (counts)'),
        (f'{prefix}confusion_normalized',
         f'{what} confusion matrix (row-normalised, %)'),
        (f'{prefix}per_class_accuracy',
         f'per-{what} top-1' + (f' and top-{k}' if k > 1 else '') +
         ' accuracy (n = test samples)'),
        (f'{prefix}class_distribution',
         f'test samples and top-1 predictions per {what}'),
    ]
    paths = [osp.join(stage, f'{key}.png') for key, _ in figs]
    figures.plot_matrix(cm, names, names, paths[0], figs[0][1])
    figures.plot_matrix(cm, names, names, paths[1], figs[1][1],
                        normalize=True)
    figures.plot_per_class(metrics['per_class'], k, paths[2], figs[2][1])
    figures.plot_distribution(names, cm.sum(1), cm.sum(0), paths[3],
                              figs[3][1])
    return [dict(key=key, file=f'{key}.png', title=title)
            for key, title in figs]


def _ood_outputs(stage, ood, space):
    counts = np.asarray(ood['counts'])
    title = 'out of domain: top-1 predictions per test class (row %)'
    figures.plot_matrix(counts, space.test_names, space.model_names,
                        osp.join(stage, 'ood_predictions.png'), title,
                        normalize=True, xlabel='predicted (model classes)',
                        ylabel='ground truth (test classes)')
    figures.plot_distribution(space.test_names, counts.sum(1), counts.sum(0),
                              osp.join(stage, 'class_distribution.png'),
                              'test samples and top-1 predictions',
                              pred_names=space.model_names)
    _, header, rows = tables.ood_table(ood, '')
    _write_text(osp.join(stage, 'ood_table.md'),
                render.md_table(header, rows) + '\n')
    flat = [[r['true'], r['support'], p['pred'], p['count'],
             f'{p["fraction"]:.6g}'] for r in ood['table']
            for p in r['predictions']]
    _write_text(osp.join(stage, 'ood_table.csv'), _csv_text(
        ['ground_truth', 'support', 'predicted', 'count', 'fraction'], flat))
    return [dict(key='ood_predictions', file='ood_predictions.png',
                 title=title),
            dict(key='class_distribution', file='class_distribution.png',
                 title='test samples and top-1 predictions')]


def build_report(stage, scores, labels, space, ids, id_source, inputs,
                 groups_file=None, topk=TOPK):
    """Compute everything and write it into the folder ``stage``.

    Args:
        scores (np.ndarray): ``(N, K)`` scores of the dump.
        labels (np.ndarray): ``(N, )`` labels in the report's label space
            (see :func:`.label_space.report_labels`).
        space (LabelSpace): Resolved class names.
        ids (list[str]): Sample ids; ``id_source`` says where from.
        inputs (dict): ``predictions`` and ``config`` paths, for the record.
        groups_file (str, optional): Class -> group mapping (in domain).

    Returns:
        dict: The report (as written to ``report.json``).
    """
    ranks = rank_classes(scores)
    true_names = space.test_names if space.ood else space.model_names
    report = dict(inputs=inputs, sample_ids=id_source, metrics=None,
                  groups=None, ood=None, figures=[],
                  label_space=dict(model_source=space.model_source,
                                   model_classes=space.model_names,
                                   test_source=space.test_source,
                                   test_classes=space.test_names,
                                   ood=space.ood))
    rows = sample_rows(ids, scores, ranks, labels, true_names,
                       space.model_names)
    write_samples(rows, osp.join(stage, 'predictions.pkl'),
                  osp.join(stage, 'predictions.csv'), space.ood)
    if space.ood:
        if groups_file:
            warnings.warn(f'groups file {groups_file} not used: groups '
                          "apply to the model's classes and this test set "
                          'is out of domain')
        report['ood'] = compute_ood(labels, ranks, space.test_names,
                                    space.model_names)
        report['figures'] = _ood_outputs(stage, report['ood'], space)
        return report
    metrics = compute_metrics(scores, labels, space.model_names, topk)
    report['metrics'] = metrics
    _write_text(osp.join(stage, 'per_class.csv'), _per_class_csv(metrics))
    report['figures'] = _in_domain_figures(stage, metrics, space.model_names)
    if groups_file:
        names, class_group = read_groups(groups_file, space.model_names)
        g_metrics = metrics_from_ranks(
            group_ranks(ranks, class_group, len(names)), class_group[labels],
            names, topk)
        report['groups'] = dict(
            file=groups_file, names=names, metrics=g_metrics,
            class_group={space.model_names[c]: names[g]
                         for c, g in enumerate(class_group)})
        report['figures'] += _in_domain_figures(stage, g_metrics, names,
                                                'group_', 'group')
    return report


def _publish(stage, out_dir, names):
    """Move the finished files into ``out_dir``; ``report.html`` last."""
    for name in sorted(names, key=lambda n: n == 'report.html'):
        os.replace(osp.join(stage, name), osp.join(out_dir, name))


def _attachments(paths, out_dir):
    """Related files (e.g. Grad-CAM videos) as report entries.

    Images are embedded in the HTML, videos (``.mp4``, ``.webm``) shown by
    a ``<video>`` element; every file is linked by its path relative to
    ``out_dir``.
    """
    from ...errors import MissingFileError
    entries = []
    for path in paths or ():
        if not osp.isfile(path):
            raise MissingFileError('report attachment', path)
        entries.append(dict(
            title=osp.basename(path), source=osp.abspath(path),
            file=osp.relpath(osp.abspath(path), osp.abspath(out_dir)),
            image=path.lower().endswith(('.png', '.jpg', '.jpeg', '.gif')),
            video=path.lower().endswith(('.mp4', '.webm'))))
    return entries


def write_report(preds_path: str, config, out_dir: str,
                 groups: Optional[str] = None, ood: Optional[str] = None,
                 classes: Optional[str] = None, topk=TOPK,
                 attachments=None) -> str:
    """Write the report of a prediction dump; return the HTML's path.

    Args:
        preds_path (str): ``tools/test.py --dump`` pickle.
        config (str | Config): The config the dump was tested with (class
            names and sample ids come from its datasets).
        out_dir (str): Folder for the report files (created).
        groups (str, optional): Class -> group mapping file.
        ood (str, optional): Class list of the test set; forces the
            out-of-domain report.
        classes (str, optional): Class list of the model (overrides the
            config's).
        topk (Sequence[int]): ``k`` values of top-k accuracy.
        attachments (list[str], optional): Related files to link from the
            report (e.g. Grad-CAM videos and contact sheets); images are
            also embedded.

    Returns:
        str: Path of ``report.html``.

    Raises:
        HarError: Bad dump, class list, groups file or config.
    """
    import mmaction_har  # noqa: F401  (registers datasets, fixes imports)
    from ...config import load_config
    if isinstance(config, str):
        cfg_path, cfg = config, load_config(config)
    else:
        cfg_path, cfg = config.filename, config
    scores, raw_labels = load_predictions(preds_path)
    space = resolve_label_space(cfg, scores.shape[1], classes, ood)
    labels = report_labels(space, raw_labels, preds_path)
    ids, id_source = sample_ids(cfg, len(labels))
    os.makedirs(out_dir, exist_ok=True)
    attached = _attachments(attachments, out_dir)
    stage = tempfile.mkdtemp(dir=out_dir, prefix='.report-')
    try:
        report = build_report(
            stage, scores, labels, space, ids, id_source,
            dict(predictions=preds_path, config=cfg_path), groups, topk)
        report['attachments'] = attached
        dump_json_atomic(report, osp.join(stage, 'report.json'))
        _write_text(osp.join(stage, 'report.md'), render.markdown(report))
        _write_text(osp.join(stage, 'report.html'),
                    render.to_html(report, stage))
        _publish(stage, out_dir, os.listdir(stage))
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return osp.join(out_dir, 'report.html')
