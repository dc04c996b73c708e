"""Grouped bar chart of test top-1 per run: groups = configs, bars = variants.

Each bar is the mean over a run's finished seeds; with two or more seeds it
carries an error bar (sample standard deviation) and a dot per seed.
"""
import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402

from ..utils import atomic_write  # noqa: E402


def bar_layout(seeds):
    """Bars to draw, in spec order.

    Args:
        seeds (list[dict]): Rows of :func:`.table.aggregate`.

    Returns:
        tuple: ``(groups, variants, bars)``; each bar is a dict with
        ``group``, ``variant``, ``x`` (position), ``width``, ``mean``,
        ``std`` and ``name``.
    """
    groups, variants = [], []
    for agg in seeds:
        if agg['top1_mean'] is None:
            continue
        if agg['group'] not in groups:
            groups.append(agg['group'])
        if agg['variant'] not in variants:
            variants.append(agg['variant'])
    width = 0.8 / max(1, len(variants))
    bars = []
    for agg in seeds:
        if agg['top1_mean'] is None:
            continue
        g, v = groups.index(agg['group']), variants.index(agg['variant'])
        bars.append(dict(group=agg['group'], variant=agg['variant'],
                         name=agg['name'], width=width,
                         x=g - 0.4 + width * (v + 0.5),
                         mean=agg['top1_mean'], std=agg['top1_std']))
    return groups, variants, bars


def plot_top1(seeds, rows, path, title=''):
    """Draw the chart into ``path`` (PNG); return the bars, or None if none.

    Args:
        seeds (list[dict]): Rows of :func:`.table.aggregate`.
        rows (list[dict]): Per-run rows (for the per-seed dots).
        path (str): Output PNG, written atomically.
    """
    groups, variants, bars = bar_layout(seeds)
    if not bars:
        return None
    colors = plt.get_cmap('tab10')
    fig, ax = plt.subplots(figsize=(max(6.0, 1.0 + 1.2 * len(groups)
                                        * max(1, len(variants) / 2)), 4.5))
    for bar in bars:
        v = variants.index(bar['variant'])
        ax.bar(bar['x'], bar['mean'], bar['width'], color=colors(v % 10),
               yerr=bar['std'], capsize=4 if bar['std'] else 0,
               label=bar['variant'] or 'default')
        ax.text(bar['x'], bar['mean'] + (bar['std'] or 0) + 1,
                f'{bar["mean"]:.1f}', ha='center', va='bottom', fontsize=8)
        points = [r['top1'] for r in rows if r['name'] == bar['name']
                  and r['status'] == 'done' and r.get('top1') is not None]
        if len(points) > 1:
            ax.scatter([bar['x']] * len(points), points, s=12, color='black',
                       zorder=3)
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, rotation=30 if len(groups) > 4 else 0,
                       ha='right' if len(groups) > 4 else 'center')
    ax.set_ylabel('test top-1 (%)')
    ax.set_ylim(0, 105)
    ax.set_title(f'{title}: test top-1 (mean ± std over seeds)')
    if len(variants) > 1 or variants[0]:
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles))
        ax.legend(unique.values(), unique.keys(), title='variant',
                  fontsize=8)
    ax.grid(axis='y', alpha=0.3)
    fig.tight_layout()
    with atomic_write(path, 'wb') as f:
        fig.savefig(f, format='png', dpi=100)
    plt.close(fig)
    return bars
