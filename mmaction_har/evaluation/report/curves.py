"""Learning curves of one or more runs, overlaid, and their training times.

One row of panels per key (e.g. ``loss``, ``top1_acc``, ``acc/top1``,
``lr``); the left column is against iterations, the right against epochs
(epoch-based runs; training values are averaged over the epoch's logged
iterations). A key is drawn from the training lines where it is logged
there (``loss``, ``lr``, ``top1_acc`` = accuracy on the training batches),
else from the validation lines (``acc/top1``). Runs share a colour across
panels; the legend names them. ``lr`` is drawn on a log scale.
"""
import os.path as osp
from collections import defaultdict
from typing import List, Optional, Sequence

import numpy as np

from ...errors import HarError
from ...utils import atomic_write
from .training_log import Run, read_run, run_names

DEFAULT_KEYS = ('loss', 'top1_acc', 'acc/top1', 'lr')
PANEL_PX = (640, 300)
DPI = 100


def _train_series(run: Run, key: str, x: str):
    points = [(e['iter'], e['epoch'] if 'epoch' in e else None, e[key])
              for e in run.train if key in e]
    if not points:
        return None
    if x == 'iter':
        return [p[0] for p in points], [p[2] for p in points]
    by_epoch = defaultdict(list)
    for _, epoch, value in points:
        if epoch is not None:
            by_epoch[int(epoch)].append(value)
    epochs = sorted(by_epoch)
    return epochs, [float(np.mean(by_epoch[e])) for e in epochs]


def _val_series(run: Run, key: str, x: str):
    points = [(int(e['step']), e[key]) for e in run.val if key in e]
    if not points:
        return None
    if x == 'iter' and run.by_epoch:
        ends = run.epoch_end_iters()
        points = [(ends[s], v) for s, v in points if s in ends]
    return [p[0] for p in points], [p[1] for p in points]


def key_series(run: Run, key: str, x: str):
    """``(xs, ys, where)`` of ``key`` against ``x`` (``'iter'``/``'epoch'``).

    ``where`` is ``'train'`` or ``'val'``; ``None`` if the run lacks the key.
    """
    if x == 'epoch' and not run.by_epoch:
        return None
    series = _train_series(run, key, x)
    if series is not None:
        return (*series, 'train')
    series = _val_series(run, key, x)
    return None if series is None else (*series, 'val')


def time_table(runs: Sequence[Run]) -> str:
    """Markdown: per run, iterations, epochs, wall and iteration time, best
    validation top-1."""
    lines = ['| run | work dir | segments | iterations | epochs | '
             'train wall time | iteration time | best val acc/top1 |',
             '|---|---|---|---|---|---|---|---|']
    for run in runs:
        iters = max((int(e['iter']) for e in run.train), default=0)
        epochs = max((int(e['epoch']) for e in run.train if 'epoch' in e),
                     default=None)
        best = [e['acc/top1'] for e in run.val if 'acc/top1' in e]
        lines.append(
            f'| {run.name} | `{run.work_dir}` | {len(run.segments)} | '
            f'{iters} | {"-" if epochs is None else epochs} | '
            f'{run.wall_time:.0f} s | {run.iter_time:.1f} s | '
            f'{"-" if not best else f"{max(best):.4f}"} |')
    return '\n'.join(lines) + '\n'


def plot_runs(runs: Sequence[Run], out: str,
              keys: Sequence[str] = DEFAULT_KEYS) -> List[str]:
    """Draw the runs into the PNG ``out`` (path or binary file); return the
    keys drawn.

    Raises:
        HarError: None of ``keys`` is logged by any run.
    """
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator
    xs = ['iter', 'epoch'] if any(r.by_epoch for r in runs) else ['iter']
    found = [k for k in keys if any(key_series(r, k, 'iter') for r in runs)]
    if not found:
        logged = sorted({k for r in runs for e in r.train + r.val for k in e})
        raise HarError(f'none of the keys {list(keys)} is in the logs; '
                       f'logged keys: {", ".join(logged)}')
    width, height = PANEL_PX[0] * len(xs), PANEL_PX[1] * len(found)
    fig = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI,
                     layout='constrained')
    axes = np.asarray(fig.subplots(len(found), len(xs), squeeze=False))
    colors = plt.rcParams['axes.prop_cycle'].by_key()['color']
    for row, key in enumerate(found):
        for col, x in enumerate(xs):
            ax = axes[row, col]
            where = set()
            for i, run in enumerate(runs):
                series = key_series(run, key, x)
                if series is None:
                    continue
                xv, yv, w = series
                where.add(w)
                ax.plot(xv, yv, color=colors[i % len(colors)], label=run.name,
                        marker='o' if w == 'val' or x == 'epoch' else None,
                        markersize=3, linewidth=1.2)
            ax.set_title(f'{key} ({"/".join(sorted(where))})', fontsize=9)
            values = [v for line in ax.get_lines() for v in line.get_ydata()]
            if key == 'lr' and values and min(values) > 0:
                ax.set_yscale('log')   # runs' learning rates differ by 10x+
            ax.set_xlabel('iteration' if x == 'iter' else 'epoch')
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.grid(alpha=0.3)
            if row == 0 and col == 0:
                ax.legend(fontsize=8)
    fig.savefig(out, dpi=DPI, format='png')
    plt.close(fig)
    return found


def plot_curves(work_dirs: Sequence[str], out: str,
                keys: Sequence[str] = DEFAULT_KEYS,
                table: Optional[str] = None) -> tuple:
    """Read the runs, draw ``out`` and write the time table.

    Args:
        work_dirs (Sequence[str]): Work dirs of ``tools/train.py`` runs.
        out (str): PNG path.
        keys (Sequence[str]): Logged keys to draw, one row of panels each.
        table (str, optional): Markdown path for the per-run times
            (default: ``out`` with ``.md``).

    Returns:
        tuple: ``(runs, keys drawn, markdown table)``.
    """
    names = run_names(list(work_dirs))
    runs = [read_run(w, n) for w, n in zip(work_dirs, names)]
    with atomic_write(out, 'wb') as f:
        drawn = plot_runs(runs, f, keys)
    markdown = time_table(runs)
    with atomic_write(table or osp.splitext(out)[0] + '.md') as f:
        f.write(markdown)
    return runs, drawn, markdown
