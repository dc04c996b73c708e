"""CAM energy on the person over a whole annotation file: CSV, summary, plot.
"""
import csv
import io
import os
import os.path as osp

import numpy as np

from ..errors import HarError
from ..utils.io import atomic_write, dump_json_atomic
from .energy import energy_share, keypoint_mask, load_mask_file, random_share
from .inputs import dataset_infos, pose_index

FIELDS = ('sample', 'label', 'pred', 'target', 'layer', 'energy', 'area',
          'concentration', 'random_energy', 'random_concentration')


def person_mask(sample, pose_entry=None, mask_file=None, mode='bbox',
                pad=0.15):
    """Person mask (T, H, W) of a sample in input coordinates.

    From ``mask_file`` if given, else from the sample's own keypoints (pose
    models), else from ``pose_entry`` (a pose pkl entry of the video).
    """
    shape = sample.geometry.input_shape
    if mask_file:
        return load_mask_file(mask_file, sample.frame_inds, sample.geometry)
    if sample.kind == 'pose':
        return keypoint_mask(sample.keypoint, sample.keypoint_score, shape,
                             mode, pad)
    if pose_entry is None:
        raise HarError(f'sample {sample.name}: no person region (give '
                       f'--pose POSE.pkl with a frame_dir {sample.key!r} '
                       f'or --mask-dir)')
    entry_shape = tuple(pose_entry.get('img_shape', ()))
    if entry_shape != tuple(sample.geometry.original_shape):
        raise HarError(f'pose entry {sample.name}: img_shape {entry_shape} '
                       f'but the video is {sample.geometry.original_shape}')
    kp = np.asarray(pose_entry['keypoint'], dtype=np.float32)
    inds = np.clip(sample.frame_inds, 0, kp.shape[1] - 1)
    score = np.asarray(pose_entry.get('keypoint_score',
                                      np.ones(kp.shape[:3])))[:, inds]
    score = np.where(np.all(kp[:, inds] == 0, -1), 0., score)
    return keypoint_mask(sample.geometry.to_input(kp[:, inds]), score,
                         shape, mode, pad)


def sample_rows(sample, result, mask, num_random=10):
    """Energy rows (one per target layer) of one explained sample."""
    rows = []
    for title, cam in result.maps.items():
        share = energy_share(cam[0], mask)
        rnd = random_share(mask, result.feature_shapes[title], num_random)
        rows.append(dict(
            sample=sample.name, label=sample.label, pred=result.pred,
            target=result.target, layer=result.layers[title], **share,
            random_energy=rnd,
            random_concentration=rnd / share['area'] if share['area'] > 0
            else float('nan')))
    return rows


def cam_energy(cam_model, ann_file, out_dir, pose_file=None, mask_dir=None,
               mode='bbox', pad=0.15, data_prefix=None, split=None,
               use_label=False, max_samples=None, num_random=10,
               dataset_type=None):
    """Energy share of every sample's CAM inside the person region.

    Writes ``energy.csv`` (one row per sample and layer), ``summary.json``,
    ``summary.md`` and ``energy.png`` to ``out_dir``.

    Args:
        cam_model (CamModel): The model and its target layers.
        ann_file (str): Video list or pose pkl the config's test dataset
            reads.
        pose_file (str | None): Pose pkl with the videos' keypoints (RGB
            models; entries matched by ``frame_dir`` = video stem).
        mask_dir (str | None): Folder of ``{stem}.npy|.npz|.mp4`` masks.
        use_label (bool): Explain the ground-truth class, not the
            prediction.
        dataset_type (str | None): Read ``ann_file`` with this dataset
            class (e.g. ``VideoDataset``) instead of the config's.

    Returns:
        dict: The summary.
    """
    from ..utils.progress import progress_bar
    infos = dataset_infos(cam_model.cfg, ann_file, data_prefix, split,
                          dataset_type)
    if max_samples:
        infos = infos[:max_samples]
    if not infos:
        raise HarError(f'{ann_file}: no samples')
    poses = pose_index(pose_file) if pose_file else {}
    rows = []
    for info in progress_bar(infos, desc='cam energy', unit='sample'):
        sample, result = _explain(cam_model, info, use_label)
        mask_file = _mask_file(mask_dir, sample.key) if mask_dir else None
        mask = person_mask(sample, poses.get(sample.key), mask_file, mode,
                           pad)
        rows += sample_rows(sample, result, mask, num_random)
    summary = summarize(rows)
    summary.update(model=cam_model.name, ann_file=ann_file, mask=(
        'file' if mask_dir else mode), pad=pad,
        explained='label' if use_label else 'prediction')
    os.makedirs(out_dir, exist_ok=True)
    write_csv(rows, osp.join(out_dir, 'energy.csv'))
    dump_json_atomic(summary, osp.join(out_dir, 'summary.json'))
    with atomic_write(osp.join(out_dir, 'summary.md')) as f:
        f.write(format_summary(summary))
    plot_energy(rows, osp.join(out_dir, 'energy.png'), cam_model.name)
    return summary


def _explain(cam_model, info, use_label):
    if not use_label:
        return cam_model.explain(info)
    label = info.get('label')
    if label is None or int(np.asarray(label).reshape(-1)[0]) < 0:
        raise HarError(f'--use-label: sample {info} has no label')
    return cam_model.explain(info, int(np.asarray(label).reshape(-1)[0]))


def _mask_file(mask_dir, stem):
    for ext in ('.npy', '.npz', '.mp4', '.avi'):
        path = osp.join(mask_dir, stem + ext)
        if osp.isfile(path):
            return path
    raise HarError(f'no mask for {stem} in {mask_dir} (expected {stem}.npy, '
                   f'.npz, .mp4 or .avi)')


def summarize(rows):
    """Means per layer: energy, area, concentration, random energy and the
    share of samples whose CAM beats the random map."""
    out = {}
    for layer in dict.fromkeys(r['layer'] for r in rows):
        sub = [r for r in rows if r['layer'] == layer]
        mean = {k: float(np.nanmean([r[k] for r in sub]))
                for k in ('energy', 'area', 'concentration', 'random_energy')}
        mean['above_random'] = float(np.mean(
            [r['energy'] > r['random_energy'] for r in sub]))
        mean['num_samples'] = len(sub)
        out[layer] = mean
    return dict(layers=out)


def format_summary(summary):
    lines = [f"# CAM energy on the person: {summary.get('model', '')}", '',
             f"annotation file: {summary.get('ann_file', '')}; person "
             f"region: {summary.get('mask', '')}; CAM of the "
             f"{summary.get('explained', 'prediction')}", '',
             '| layer | samples | energy share | area share | '
             'concentration | random-map energy | CAM > random |',
             '|---|---:|---:|---:|---:|---:|---:|']
    for layer, m in summary['layers'].items():
        lines.append(f"| {layer} | {m['num_samples']} | {m['energy']:.3f} | "
                     f"{m['area']:.3f} | {m['concentration']:.2f} | "
                     f"{m['random_energy']:.3f} | {m['above_random']:.0%} |")
    return '\n'.join(lines) + '\n'


def write_csv(rows, path):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator='\n')
    writer.writeheader()
    for r in rows:
        writer.writerow({k: (f'{r[k]:.6f}' if isinstance(r[k], float)
                             else r[k]) for k in FIELDS})
    with atomic_write(path) as f:
        f.write(buf.getvalue())


def plot_energy(rows, path, title=''):
    """Scatter of energy share vs. area share (CAM and random maps)."""
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    area = [r['area'] for r in rows]
    fig, ax = plt.subplots(figsize=(4.5, 4.2), dpi=110)
    ax.plot([0, 1], [0, 1], color='grey', lw=1, ls='--',
            label='uniform map (energy = area)')
    ax.scatter(area, [r['random_energy'] for r in rows], s=14, c='tab:grey',
               label='random map')
    ax.scatter(area, [r['energy'] for r in rows], s=14, c='tab:red',
               label='Grad-CAM')
    top = min(1.0, max(area + [0.1]) * 1.3)
    ax.set(xlim=(0, top), ylim=(0, 1), xlabel='person area share',
           ylabel='CAM energy share inside the person',
           title=f'{title} CAM energy on the person'.strip())
    ax.legend(fontsize=7, loc='upper left')
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format='png')
    plt.close(fig)
    with atomic_write(path, 'wb') as f:
        f.write(buf.getvalue())
