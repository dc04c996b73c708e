"""Grad-CAM videos of MMAction2 models: one sample, two models, a batch.
"""
import os
import os.path as osp
from dataclasses import dataclass

from ..errors import HarError
from ..utils.io import atomic_write, dump_json_atomic
from ..utils.templates import render_template
from .gradcam import grad_cam
from .inputs import (class_names, config_kind, config_test_ann_file,
                     dataset_infos, load_model, read_frames, sample_info)
from .layers import model_family, resolve_layers
from .panels import render_result
from .render import contact_sheet, hstack_videos
from .sample import model_inputs, prepare_sample
from .writers import VIDEO_EXTS, sheet_path, write_png, write_video


@dataclass
class CamModel:
    """A loaded model with its target layers and display name.

    Attributes:
        cfg (Config): The model's config.
        model (BaseRecognizer): The recognizer, CPU, eval mode.
        layers (dict): ``{panel title: dotted module name}``.
        name (str): Config stem (the folder for ``demo.py`` configs).
    """
    cfg: object
    model: object
    layers: dict
    name: str

    @classmethod
    def load(cls, config, checkpoint, target_layers=None, pathway='slow',
             cfg_options=None):
        cfg, model = load_model(config, checkpoint, cfg_options)
        model_family(model)  # refuses recognizers Grad-CAM cannot explain
        layers = resolve_layers(model, target_layers, pathway)
        name = osp.splitext(osp.basename(str(config)))[0] if isinstance(
            config, (str, os.PathLike)) else 'model'
        if name == 'demo':  # configs/<model>/demo.py: use the folder
            name = osp.basename(osp.dirname(osp.abspath(str(config))))
        return cls(cfg, model, layers, name)

    def explain(self, info, label=None):
        """(Sample, CamResult) of one data info dict."""
        sample = prepare_sample(self.cfg, info)
        result = grad_cam(self.model, model_inputs(self.model, sample),
                          self.layers, label)
        return sample, result


def _check_out(out):
    if osp.splitext(out)[1].lower() not in VIDEO_EXTS:
        raise HarError(f'--out {out}: expected a {" or ".join(VIDEO_EXTS)} '
                       f'file')


def render_models(models, infos, names, label=None, short_side=224,
                  alpha=0.5):
    """Panels of one sample under one or more models, and their results.

    Args:
        models (list[CamModel]): One model, or two for a comparison.
        infos (list[tuple[dict, str | None]]): Per model, the data info of
            the sample and its video (overlaid for pose samples) or None.
        names (list[str]): Class names.
        label (int | None): Class to explain (None: each model's
            prediction).

    Returns:
        tuple[np.ndarray, list]: Composite video (T, H, W, 3) and
        ``[(CamModel, Sample, CamResult)]``.
    """
    panels, runs = [], []
    for m, (info, video) in zip(models, infos):
        sample, result = m.explain(info, label)
        frames = read_frames(video, sample.frame_inds) if (
            video and sample.kind == 'pose') else None
        title = m.name if len(models) > 1 else ''
        panels += render_result(sample, result, names, title, frames,
                                short_side, alpha)
        runs.append((m, sample, result))
    return hstack_videos(panels), runs


def write_outputs(video, out, fps):
    """Write the video and its contact sheet (``OUT.png``)."""
    write_video(out, video, fps)
    sheet = write_png(sheet_path(out), contact_sheet(video))
    return out, sheet


def summary_of(runs, names):
    """JSON-able summary of ``render_models`` results."""
    rows = []
    for m, sample, result in runs:
        rows.append(dict(
            model=m.name, sample=sample.name, label=sample.label,
            label_name=None if sample.label is None else names[sample.label],
            pred=result.pred, pred_name=names[result.pred],
            target=result.target, target_name=names[result.target],
            prob=float(result.probs[result.pred]), layers=result.layers,
            feature_shapes={k: list(v) for k, v in
                            result.feature_shapes.items()},
            num_frames=sample.num_frames,
            frame_inds=[int(i) for i in sample.frame_inds]))
    return rows


def visualize(models, input_path, out, sample_key=None, label=None,
              video=None, names_file=None, short_side=224, fps=4.0,
              alpha=0.5, gt_label=None, pose_file=None):
    """Grad-CAM video + contact sheet of INPUT under one or two models.

    Args:
        models (list[CamModel]): The model (two: side-by-side comparison).
        input_path (str): Video, or pose pkl for PoseC3D.
        out (str): ``.mp4`` or ``.gif``; the contact sheet goes to
            ``OUT.png``.
        sample_key (str | int | None): Pose pkl entry.
        label (int | None): Class to explain; None: the prediction.
        video (str | None): The clip's video when INPUT is a pose pkl (shown
            under PoseC3D's CAM; read by RGB models).
        gt_label (int | None): Ground truth of a video input (shown).
        pose_file (str | None): The clip's pose pkl when INPUT is a video
            (read by PoseC3D, matched by the video's stem).

    Returns:
        dict: ``out``, ``sheet`` and per-model ``results``.
    """
    _check_out(out)
    infos, pose_data = [], {}
    for m in models:
        info, data, clip = sample_info(m.cfg, input_path, sample_key, video,
                                       pose_file)
        if gt_label is not None:
            info['label'] = int(gt_label)
        infos.append((info, clip))
        pose_data = pose_data or data
    names = class_names(_num_classes(models[0]), names_file, pose_data,
                        config_test_ann_file(models[0].cfg))
    composite, runs = render_models(models, infos, names, label, short_side,
                                    alpha)
    out, sheet = write_outputs(composite, out, fps)
    return dict(out=out, sheet=sheet, results=summary_of(runs, names))


def _num_classes(cam_model):
    return cam_model.model.cls_head.num_classes


def visualize_batch(models, ann_file, out_dir, data_prefix=None, split=None,
                    names_file=None, video_dir=None, max_samples=None,
                    ext='.mp4', short_side=224, fps=4.0, alpha=0.5,
                    dataset_type=None):
    """One Grad-CAM video per sample of an annotation file + summary page.

    Writes ``OUT_DIR/{sample}.mp4`` (or ``.gif``), ``{sample}.png``,
    ``summary.json``, ``index.md`` and ``index.html``.

    Args:
        video_dir (str | None): For pose models, the folder of the original
            videos (``{frame_dir}.mp4``) to overlay as well.
        dataset_type (str | None): Read ``ann_file`` with this dataset
            class instead of the config's.
    """
    from ..utils.progress import progress_bar
    if ext not in VIDEO_EXTS:
        raise HarError(f'--ext must be one of {VIDEO_EXTS}')
    if len({config_kind(m.cfg) for m in models}) > 1:
        raise HarError('--batch with --compare needs two models that read '
                       'the same input (both videos or both poses)')
    infos = dataset_infos(models[0].cfg, ann_file, data_prefix, split,
                          dataset_type)
    if max_samples:
        infos = infos[:max_samples]
    if not infos:
        raise HarError(f'{ann_file}: no samples (split {split!r})')
    pose_data = None
    if ann_file.endswith('.pkl'):
        from .sample import load_pose_file
        pose_data = load_pose_file(ann_file)[1]
    names = class_names(_num_classes(models[0]), names_file, pose_data,
                        ann_file)
    os.makedirs(out_dir, exist_ok=True)
    entries = []
    for info in progress_bar(infos, desc='grad-cam', unit='sample'):
        video = None
        if video_dir and info.get('frame_dir'):
            video = osp.join(video_dir, info['frame_dir'] + '.mp4')
            video = video if osp.isfile(video) else None
        composite, runs = render_models(models, [(info, video)] * len(
            models), names, None, short_side, alpha)
        stem = runs[0][1].name.replace(os.sep, '_')
        out, sheet = write_outputs(composite,
                                   osp.join(out_dir, stem + ext), fps)
        entries.append(dict(video=osp.basename(out),
                            sheet=osp.basename(sheet),
                            results=summary_of(runs, names)))
    dump_json_atomic(entries, osp.join(out_dir, 'summary.json'))
    write_summary_pages(entries, out_dir, ann_file)
    return entries


def write_summary_pages(entries, out_dir, ann_file):
    """``index.md`` and ``index.html`` (``templates/gradcam_index.html``)
    linking every output."""
    models = [r['model'] for r in entries[0]['results']]
    rows = []
    correct = {m: 0 for m in models}
    for e in entries:
        res = e['results']
        gt = res[0]['label']
        cells = []
        for r in res:
            ok = gt is not None and r['pred'] == gt
            correct[r['model']] += ok
            cells.append(f"{r['pred_name']} ({r['prob']:.2f})"
                         f"{' ✓' if ok else ''}")
        rows.append(dict(sample=res[0]['sample'], cells=cells,
                         gt='' if gt is None else res[0]['label_name'],
                         video=e['video'], sheet=e['sheet']))
    n = len(entries)
    acc = ', '.join(f'{m}: {correct[m]}/{n} correct' for m in models)
    md = [f'# Grad-CAM of {", ".join(models)} on {ann_file}', '',
          '| sample | gt | ' + ' | '.join(f'{m} pred (p)' for m in models) +
          ' | video | frames |',
          '|---|---|' + '---|' * len(models) + '---|---|']
    md += [f"| {r['sample']} | {r['gt']} | " + ' | '.join(r['cells']) +
           f" | [{r['video']}]({r['video']}) | ![{r['sheet']}]({r['sheet']}) |"
           for r in rows]
    md += ['', acc, '']
    with atomic_write(osp.join(out_dir, 'index.md')) as f:
        f.write('\n'.join(md))
    page = render_template(__package__, 'gradcam_index.html',
                           ann_file=ann_file, accuracy=acc, models=models,
                           rows=rows)
    with atomic_write(osp.join(out_dir, 'index.html')) as f:
        f.write(page)
