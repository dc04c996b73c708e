"""PNG figures of a report (matplotlib, ``Agg``): sizes grow with the classes.

Every figure has a fixed pixel size computed by :func:`figure_pixels` from
the number of classes and the longest class name, with the axes placed at
fixed pixel margins (no ``bbox_inches='tight'`` cropping, no layout engine):
42 BAST labels get 30-pixel cells and room for their rotated names, and
tests can check the size.
"""
from typing import Sequence, Tuple

import numpy as np
from matplotlib.ticker import MaxNLocator

DPI = 100
CELL = 30       # pixels per class in a confusion matrix
BAR = 26        # pixels per class in a bar chart
CHAR = 6        # pixels per character of a rotated tick label


def _mpl():
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    return plt


def _label_px(names: Sequence[str]) -> int:
    return CHAR * max((len(str(n)) for n in names), default=1)


# Margins in pixels around the axes: room for tick labels, axis labels,
# title and colour bar, so the cells keep their size whatever the names.
_MATRIX_MARGIN = dict(left=70, right=150, bottom=60, top=80)
_BARS_MARGIN = dict(left=70, right=20, bottom=50, top=60)


def figure_pixels(kind: str, row_names: Sequence[str],
                  col_names: Sequence[str] = None) -> Tuple[int, int]:
    """Width and height in pixels of a figure.

    Args:
        kind (str): ``'matrix'`` (rows x columns of cells) or ``'bars'``
            (one group of bars per row name).
        row_names (Sequence[str]): Names along the y axis (matrix) or the
            x axis (bars).
        col_names (Sequence[str]): Column names of a matrix (default: the
            row names).
    """
    return tuple(int(v) for v in _layout(kind, row_names, col_names)[:2])


def _layout(kind, row_names, col_names=None):
    """``(width, height, axes rect in figure fractions)``."""
    if kind == 'matrix':
        cols = row_names if col_names is None else col_names
        m = _MATRIX_MARGIN
        left = m['left'] + _label_px(row_names)
        bottom = m['bottom'] + _label_px(cols)
        width = max(CELL * len(cols) + left + m['right'], 500)
        height = max(CELL * len(row_names) + bottom + m['top'], 420)
        right, top = m['right'], m['top']
    elif kind == 'bars':
        m = _BARS_MARGIN
        left, right, top = m['left'], m['right'], m['top']
        bottom = m['bottom'] + _label_px(row_names)
        width = max(BAR * len(row_names) + left + right, 640)
        height = max(bottom + top + 240, 420)
    else:
        raise ValueError(f'unknown figure kind {kind!r}')
    rect = (left / width, bottom / height, (width - left - right) / width,
            (height - bottom - top) / height)
    return width, height, rect


def _figure(kind, row_names, col_names=None):
    """A figure of :func:`figure_pixels` size and its main axes rect."""
    plt = _mpl()
    width, height, rect = _layout(kind, row_names, col_names)
    fig = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    return plt, fig, rect


def _save(plt, fig, path):
    fig.savefig(path, dpi=DPI, format='png')
    plt.close(fig)


def _fontsize(n):
    return 8 if n <= 30 else 7


def _title(fig, title):
    """Title in the top-left corner: never clipped, whatever the width."""
    fig.text(10 / (fig.get_figwidth() * DPI),
             1 - 8 / (fig.get_figheight() * DPI), title, ha='left', va='top',
             fontsize=10)


def _title_and_legend(ax, title):
    """Title at the top of the figure, legend in a row right above the axes."""
    _title(ax.figure, title)
    ax.legend(loc='lower right', bbox_to_anchor=(1.0, 1.0), ncol=3,
              fontsize=8, frameon=False)


def plot_matrix(matrix: np.ndarray, row_names: Sequence[str],
                col_names: Sequence[str], path: str, title: str,
                normalize: bool = False, xlabel: str = 'predicted',
                ylabel: str = 'ground truth') -> None:
    """Heatmap of counts, or of row fractions with ``normalize``.

    Cells show the count (or the row percentage, rounded) when non-zero.
    Used for the confusion matrices and the out-of-domain prediction map.
    """
    counts = np.asarray(matrix, np.float64)
    if normalize:
        rows = counts.sum(axis=1, keepdims=True)
        values = np.divide(counts, rows, out=np.zeros_like(counts),
                           where=rows > 0)
    else:
        values = counts
    plt, fig, rect = _figure('matrix', row_names, col_names)
    ax = fig.add_axes(rect)
    width = fig.get_figwidth() * DPI
    bar = fig.add_axes((rect[0] + rect[2] + 20 / width, rect[1],
                        15 / width, rect[3]))
    vmax = 1.0 if normalize else max(values.max(), 1.0)
    image = ax.imshow(values, cmap='Blues', vmin=0, vmax=vmax,
                      interpolation='nearest', aspect='auto')
    fig.colorbar(image, cax=bar,
                 label='fraction of the row' if normalize else 'samples')
    size = _fontsize(max(len(row_names), len(col_names)))
    ax.set_xticks(range(len(col_names)), [str(n) for n in col_names],
                  rotation=90, fontsize=size)
    ax.set_yticks(range(len(row_names)), [str(n) for n in row_names],
                  fontsize=size)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    _title(fig, title)
    for (r, c), value in np.ndenumerate(values):
        if counts[r, c] == 0:
            continue
        text = f'{100 * value:.0f}' if normalize else f'{int(value)}'
        ax.text(c, r, text, ha='center', va='center', fontsize=size - 1,
                color='white' if value > 0.6 * vmax else 'black')
    _save(plt, fig, path)


def plot_per_class(per_class: Sequence[dict], k: int, path: str,
                   title: str) -> None:
    """Per-class top-1 and top-``k`` accuracy bars, support under the name.

    Classes without test samples are left out (their accuracy is undefined).
    """
    rows = [r for r in per_class if r['support'] > 0]
    names = [f'{r["name"]} (n={r["support"]})' for r in rows]
    plt, fig, rect = _figure('bars', names)
    ax = fig.add_axes(rect)
    x = np.arange(len(rows))
    width = 0.4 if k > 1 else 0.8
    ax.bar(x - (width / 2 if k > 1 else 0), [r['top1'] for r in rows],
           width, label='top-1', color='tab:blue')
    if k > 1:
        ax.bar(x + width / 2, [r[f'top{k}'] for r in rows], width,
               label=f'top-{k}', color='tab:orange')
    mean = np.mean([r['top1'] for r in rows]) if rows else 0.0
    ax.axhline(mean, color='tab:blue', linestyle='--', linewidth=1,
               label=f'mean class acc. {mean:.3f}')
    ax.set_xticks(x, names, rotation=90, fontsize=_fontsize(len(rows)))
    ax.set_ylim(0, 1.05)
    ax.set_xlim(-0.6, max(len(rows), 1) - 0.4)
    ax.set_ylabel('accuracy (recall)')
    _title_and_legend(ax, title)
    _save(plt, fig, path)


def plot_distribution(names: Sequence[str], support: Sequence[int],
                      predicted: Sequence[int], path: str, title: str,
                      pred_names: Sequence[str] = None) -> None:
    """Samples per class in the test set next to top-1 predictions per class.

    With ``pred_names`` (out of domain) the two are separate panels, since
    the test and model classes differ.
    """
    if pred_names is None:
        plt, fig, rect = _figure('bars', names)
        ax = fig.add_axes(rect)
        x = np.arange(len(names))
        ax.bar(x - 0.2, support, 0.4, label='test samples', color='tab:gray')
        ax.bar(x + 0.2, predicted, 0.4, label='top-1 predictions',
               color='tab:green')
        ax.set_xticks(x, [str(n) for n in names], rotation=90,
                      fontsize=_fontsize(len(names)))
        ax.set_xlim(-0.6, max(len(names), 1) - 0.4)
        ax.set_ylabel('samples')
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        _title_and_legend(ax, title)
        _save(plt, fig, path)
        return
    # as many bar slots as the longer list, room for the longest name
    longer = sorted(map(str, list(names) + list(pred_names)), key=len,
                    reverse=True)[:max(len(names), len(pred_names))]
    plt, fig, (left, bottom, width, height) = _figure('bars', longer)
    share = max(len(names), 1) / (max(len(names), 1) +
                                  max(len(pred_names), 1))
    gap = 60 / (fig.get_figwidth() * DPI)
    axes = [fig.add_axes((left, bottom, (width - gap) * share, height)),
            fig.add_axes((left + (width - gap) * share + gap, bottom,
                          (width - gap) * (1 - share), height))]
    for ax, labels, values, color, sub in (
            (axes[0], names, support, 'tab:gray', 'test samples per class'),
            (axes[1], pred_names, predicted, 'tab:green',
             'top-1 predictions per model class')):
        ax.bar(np.arange(len(labels)), values, 0.8, color=color)
        ax.set_xticks(np.arange(len(labels)), [str(n) for n in labels],
                      rotation=90, fontsize=_fontsize(len(longer)))
        ax.set_title(sub, fontsize=9)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes[0].set_ylabel('samples')
    _title(fig, title)
    _save(plt, fig, path)
