"""The comparison table of a spec, regenerated from the runs' state files.

Writes into the experiment folder:

* ``comparison.csv``: one row per run (every run of the spec; the metrics
  of runs not finished are empty and ``status`` says why);
* ``comparison_seeds.csv``: per run name, mean and sample standard deviation
  (n - 1) over its finished seeds;
* ``comparison.md``: both tables in Markdown, with the figure;
* ``comparison_top1.png``: see :mod:`.figure`.

Accuracies are in percent, as MMAction2's ``AccMetric`` reports them times
100: ``top1``/``top5`` from ``acc/top1``/``acc/top5`` and ``mean_class_acc``
from ``acc/mean1`` (MMAction2's mean class accuracy).
"""
import csv
import io
import os.path as osp
import statistics
import time

from ..utils import atomic_write
from . import state as st
from .cfg_options import describe
from .figure import plot_top1

METRICS = (('top1', 'acc/top1'), ('top5', 'acc/top5'),
           ('mean_class_acc', 'acc/mean1'))
RUN_COLUMNS = ('run', 'name', 'config', 'variant', 'cfg_options', 'seed',
               'top1', 'top5', 'mean_class_acc', 'epochs', 'train_time_s',
               'checkpoint', 'status')
SEED_COLUMNS = ('name', 'config', 'variant', 'cfg_options', 'seeds', 'n',
                'top1_mean', 'top1_std', 'top5_mean', 'top5_std',
                'mean_class_acc_mean', 'mean_class_acc_std', 'epochs',
                'train_time_s_mean')


def _metric(metrics, key):
    """A metric in percent; the key may carry another prefix than ``acc``."""
    suffix = key.split('/', 1)[1]
    for name, value in metrics.items():
        if name == key or name.endswith('/' + suffix):
            if isinstance(value, (int, float)):
                return 100.0 * value
    return None


def run_row(run, run_dir, common=None):
    """The table row of one run, from its state file.

    Args:
        common (dict | None): Options every run of the spec has; left out
            of ``own_options`` (the Markdown column).
    """
    state = st.read_state(run_dir)
    common = common or {}
    own = {k: v for k, v in run.cfg_options.items()
           if k not in common or common[k] != v}
    row = dict(run=run.run_id, name=run.name, config=run.config,
               variant=run.variant, cfg_options=describe(run.cfg_options),
               own_options=describe(own), seed=run.seed, group=run.group,
               status='not run')
    if state is None:
        return row
    if state.get('run') != run.entry():
        row['status'] = 'stale (spec changed)'
        return row
    if not st.is_finished(state, run_dir):
        row['status'] = state.get('status', 'unknown')
        if state.get('error'):
            row['status'] += f': {state["error"]}'
        return row
    metrics = state.get('metrics') or {}
    row.update({col: _metric(metrics, key) for col, key in METRICS})
    row.update(epochs=state.get('epochs') or state.get('iters'),
               train_time_s=state.get('train_time_s'),
               checkpoint=state.get('checkpoint'), status='done')
    return row


def collect_rows(spec, exp_dir):
    return [run_row(run, osp.join(exp_dir, run.run_id), spec.cfg_options)
            for run in spec.runs]


def _mean_std(values):
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    std = statistics.stdev(values) if len(values) > 1 else None
    return statistics.fmean(values), std


def aggregate(rows):
    """Mean and std over seeds of the finished rows, one per run name."""
    groups = {}
    for row in rows:
        if row['status'] == 'done':
            groups.setdefault(row['name'], []).append(row)
    out = []
    for name, members in groups.items():
        first = members[0]
        agg = dict(name=name, config=first['config'],
                   variant=first['variant'],
                   cfg_options=first['cfg_options'],
                   own_options=first['own_options'], group=first['group'],
                   seeds=' '.join(str(r['seed']) for r in members),
                   n=len(members), epochs=first['epochs'])
        for col, _ in METRICS + (('train_time_s', None), ):
            mean, std = _mean_std([r[col] for r in members])
            agg[f'{col}_mean'], agg[f'{col}_std'] = mean, std
        out.append(agg)
    return out


def _csv_text(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, columns, extrasaction='ignore',
                            lineterminator='\n')
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ('' if row.get(k) is None else
                             round(row[k], 4) if isinstance(row[k], float)
                             else row[k]) for k in columns})
    return buf.getvalue()


def _pct(value):
    return '' if value is None else f'{value:.2f}'


def _pm(mean, std):
    if mean is None:
        return ''
    return f'{mean:.2f} ± {std:.2f}' if std is not None else f'{mean:.2f}'


def format_duration(seconds):
    """``'1 min 5 s'``, ``'42 s'``; '' for None."""
    if seconds is None:
        return ''
    minutes, sec = divmod(int(round(seconds)), 60)
    return f'{minutes} min {sec} s' if minutes else f'{sec} s'


def _md_table(header, lines):
    out = ['| ' + ' | '.join(header) + ' |',
           '|' + '|'.join('---' for _ in header) + '|']
    out += ['| ' + ' | '.join(str(c).replace('|', '\\|') for c in line)
            + ' |' for line in lines]
    return '\n'.join(out)


def markdown(spec, rows, seeds, figure=None):
    """The Markdown report: per-run table, mean ± std table, figure."""
    parts = [f'# Experiment `{spec.name}`', '']
    if spec.description:
        parts += [spec.description.strip(), '']
    parts += [f'Spec: `{spec.path}`. Regenerated by '
              f'`python tools/experiments/run.py {spec.path}` '
              f'({time.strftime("%Y-%m-%d %H:%M")}). Test-split accuracies '
              'in %; the checkpoint tested is the best on validation, else '
              'the last. Train time is wall time, summed over resumed '
              'attempts.', '']
    if spec.cfg_options:
        parts += ['Options of every run: '
                  f'`{describe(spec.cfg_options)}`; the table lists the '
                  'others (all of them are in `comparison.csv`).', '']
    parts += ['## Runs', '']
    parts.append(_md_table(
        ('run', 'config', 'variant', 'cfg-options', 'seed', 'top-1', 'top-5',
         'mean class acc', 'epochs', 'train time', 'checkpoint', 'status'),
        [(r['run'], f'`{r["config"]}`', r['variant'],
          f'`{r["own_options"]}`' if r['own_options'] else '', r['seed'],
          _pct(r.get('top1')), _pct(r.get('top5')),
          _pct(r.get('mean_class_acc')), r.get('epochs') or '',
          format_duration(r.get('train_time_s')),
          f'`{r["checkpoint"]}`' if r.get('checkpoint') else '',
          r['status']) for r in rows]))
    parts += ['', '## Mean ± standard deviation over seeds', '']
    if seeds:
        parts.append(_md_table(
            ('name', 'config', 'variant', 'seeds', 'top-1', 'top-5',
             'mean class acc', 'epochs', 'train time (mean)'),
            [(a['name'], f'`{a["config"]}`', a['variant'], a['seeds'],
              _pm(a['top1_mean'], a['top1_std']),
              _pm(a['top5_mean'], a['top5_std']),
              _pm(a['mean_class_acc_mean'], a['mean_class_acc_std']),
              a['epochs'] or '', format_duration(a['train_time_s_mean']))
             for a in seeds]))
        parts.append('')
        parts.append('Standard deviation: sample (n - 1), shown when a run '
                     'has two or more finished seeds.')
    else:
        parts.append('No finished runs yet.')
    if figure:
        parts += ['', f'![test top-1 per run]({figure})']
    return '\n'.join(parts) + '\n'


def write_report(spec, exp_dir):
    """Write the CSV, Markdown and PNG files; return their paths."""
    rows = collect_rows(spec, exp_dir)
    seeds = aggregate(rows)
    paths = dict(csv=osp.join(exp_dir, 'comparison.csv'),
                 seeds_csv=osp.join(exp_dir, 'comparison_seeds.csv'),
                 md=osp.join(exp_dir, 'comparison.md'))
    figure = None
    if seeds:
        paths['png'] = osp.join(exp_dir, 'comparison_top1.png')
        if plot_top1(seeds, rows, paths['png'], title=spec.name):
            figure = osp.basename(paths['png'])
    with atomic_write(paths['csv']) as f:
        f.write(_csv_text(rows, RUN_COLUMNS))
    with atomic_write(paths['seeds_csv']) as f:
        f.write(_csv_text(seeds, SEED_COLUMNS))
    with atomic_write(paths['md']) as f:
        f.write(markdown(spec, rows, seeds, figure))
    return paths
