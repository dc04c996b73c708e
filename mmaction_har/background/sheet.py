"""PNG sample sheets: original | mask | stripped, for a few frames."""
import numpy as np


def sample_sheet(path, original, masks, stripped, title='', max_rows=3):
    """Save a small PNG grid (rows: frames; columns: original, mask,
    stripped).

    Args:
        path (str): Output ``.png``.
        original (np.ndarray): RGB uint8 (N, H, W, 3).
        masks (np.ndarray): bool (N, H, W) at frame size.
        stripped (np.ndarray): RGB uint8 (N, H, W, 3).
        title (str): Figure title (e.g. the video and method).
        max_rows (int): Frames shown (evenly spaced).
    """
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt

    from ..utils.io import atomic_write
    rows = np.unique(np.linspace(0, len(original) - 1,
                                 min(max_rows, len(original))).astype(int))
    height, width = original.shape[1:3]
    cell = 1.9
    fig, axes = plt.subplots(len(rows), 3, squeeze=False,
                             figsize=(3 * cell, len(rows) * cell * height /
                                      width + 0.4))
    for r, i in enumerate(rows):
        panels = (original[i], masks[i], stripped[i])
        for c, (img, name) in enumerate(zip(panels, ('original', 'mask',
                                                     'stripped'))):
            ax = axes[r, c]
            ax.imshow(img, cmap='gray' if img.ndim == 2 else None,
                      vmin=0, vmax=1 if img.ndim == 2 else None)
            ax.set_xticks([])
            ax.set_yticks([])
            if r == 0:
                ax.set_title(name, fontsize=8)
    if title:
        fig.suptitle(title, fontsize=8)
    fig.tight_layout(pad=0.3)
    with atomic_write(path, 'wb') as f:
        fig.savefig(f, format='png', dpi=70)
    plt.close(fig)
