"""``tools/visualizations/vis_cam.py``: Grad-CAM videos of MMAction2 models.
"""
import argparse
import json
import os.path as osp

from ...config import load_config
from ...errors import HarError
from ...visualization.cam import CamModel, visualize, visualize_batch
from ...visualization.layers import format_layers, list_layers
from ...visualization.writers import VIDEO_EXTS
from .. import parsers


def build_parser():
    p = argparse.ArgumentParser(
        description='Grad-CAM of an MMAction2 recognizer (2D/TSN, I3D, '
        'SlowOnly, R(2+1)D, CSN, SlowFast, PoseC3D) as an MP4/GIF overlay '
        'plus a PNG contact sheet, with the predicted and explained class.',
        parents=[parsers.cam_layers(),
                 parsers.ann_file_reading(mode='batch mode: '),
                 parsers.cfg_options('model.backbone.pretrained=None',
                                     default={})])
    p.add_argument('config', help='model config')
    p.add_argument('checkpoint', help='checkpoint (.pth)')
    p.add_argument('input', nargs='?',
                   help='video file; for PoseC3D a pose .pkl (see --sample)')
    p.add_argument('--sample', help='pose pkl entry: frame_dir or index '
                   '(default: the first entry)')
    p.add_argument('--list-layers', action='store_true',
                   help='print the valid target layers and exit')
    p.add_argument('--label', type=int, help='class to explain (default: '
                   'the predicted class)')
    p.add_argument('--out', default='gradcam.mp4',
                   help='output .mp4 or .gif; the contact sheet is OUT.png')
    p.add_argument('--video', help='with a pose pkl INPUT: the clip\'s '
                   'video (PoseC3D shows its CAM on it too; RGB models of '
                   '--compare read it)')
    p.add_argument('--pose', help='with a video INPUT: pose pkl whose entry '
                   'frame_dir = video stem (for a PoseC3D model)')
    p.add_argument('--classes', help='class names file, one per line')
    p.add_argument('--compare', nargs=2, metavar=('CONFIG2', 'CHECKPOINT2'),
                   help='second model, shown side by side on the same input')
    p.add_argument('--batch', metavar='ANN_FILE', help='annotation file '
                   '(video list or pose pkl): one output per sample')
    p.add_argument('--out-dir', help='batch mode: output folder (videos, '
                   'sheets, summary.json, index.md, index.html)')
    p.add_argument('--video-dir', help='batch mode, PoseC3D: folder of the '
                   'original videos ({frame_dir}.mp4)')
    p.add_argument('--ext', default='.mp4', choices=VIDEO_EXTS,
                   help='batch mode: video format')
    p.add_argument('--fps', type=float, default=4.0, help='output frame rate')
    p.add_argument('--size', type=int, default=224,
                   help='displayed short side of each panel, pixels')
    p.add_argument('--alpha', type=float, default=0.5,
                   help='heatmap opacity in [0, 1]')
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.list_layers:
        model = CamModel.load(load_config(args.config, args.cfg_options),
                              args.checkpoint, None, args.pathway)
        print(format_layers(list_layers(model.model)))
        return 0
    models = [CamModel.load(args.config, args.checkpoint,
                            args.target_layers, args.pathway,
                            args.cfg_options)]
    if args.compare:
        models.append(CamModel.load(args.compare[0], args.compare[1],
                                    args.target_layers, args.pathway))
        if models[1].name == models[0].name:
            models[0].name, models[1].name = 'A', 'B'
    if args.batch:
        if not args.out_dir:
            raise HarError('--batch needs --out-dir')
        entries = visualize_batch(
            models, args.batch, args.out_dir, args.data_prefix, args.split,
            args.classes, args.video_dir, args.max_samples, args.ext,
            args.size, args.fps, args.alpha, args.dataset_type)
        print(f'wrote {len(entries)} Grad-CAM videos and '
              f'{osp.join(args.out_dir, "index.html")}')
        return 0
    if not args.input:
        raise HarError('give INPUT (a video, or a pose .pkl for PoseC3D), '
                       'or --batch ANN_FILE --out-dir DIR')
    if not 0 <= args.alpha <= 1:
        raise HarError(f'--alpha must be in [0, 1], got {args.alpha}')
    summary = visualize(models, args.input, args.out, args.sample,
                        args.label, args.video, args.classes, args.size,
                        args.fps, args.alpha, pose_file=args.pose)
    keys = ('model', 'sample', 'pred_name', 'prob', 'target_name', 'label',
            'layers')
    for r in summary['results']:
        print(json.dumps({k: r[k] for k in keys}))
    print(f"wrote {summary['out']} and {summary['sheet']}")
    return 0
