"""``tools/visualizations/vis_skeleton.py``: a pose pkl entry as video/PNG.
"""
import argparse

from ...config import load_config
from ...errors import HarError
from ...visualization.inputs import class_names, read_frames
from ...visualization.render import contact_sheet
from ...visualization.sample import (find_pose_entry, load_pose_file,
                                     test_pipeline_cfg)
from ...visualization.skeleton import check_entry, entry_layout, inspect_entry
from ...visualization.writers import sheet_path, write_png, write_video


def build_parser():
    p = argparse.ArgumentParser(
        description='Render a pose pkl entry (skeleton with its label) and '
        'the PoseC3D heatmap volume GeneratePoseTarget makes from it.')
    p.add_argument('pose_file', help='PoseDataset pkl')
    p.add_argument('--sample', default='0',
                   help='frame_dir or index of the entry (default 0)')
    p.add_argument('--out', default='skeleton.mp4',
                   help='.mp4 or .gif; a contact sheet goes to OUT.png')
    p.add_argument('--video', help='draw on this video\'s frames')
    p.add_argument('--config', help='take the heatmap pipeline from this '
                   'config\'s test pipeline (default: 56x56, sigma 0.6)')
    p.add_argument('--no-heatmaps', action='store_true',
                   help='skeleton only')
    p.add_argument('--classes', help='class names file (default: the '
                   'pkl\'s "classes")')
    p.add_argument('--fps', type=float, default=10.0)
    p.add_argument('--size', type=int, default=256,
                   help='displayed short side, pixels')
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    annotations, data = load_pose_file(args.pose_file)
    entry = find_pose_entry(annotations, args.sample, args.pose_file)
    kp = check_entry(entry)
    names = None
    if args.classes or data.get('classes'):
        names = class_names(0, args.classes, data)
    frames = None
    if args.video:
        frames = read_frames(args.video, range(kp.shape[1]))
        if tuple(frames.shape[1:3]) != tuple(entry['img_shape']):
            raise HarError(f'{args.video}: frames are {frames.shape[1:3]}, '
                           f'the entry\'s img_shape is {entry["img_shape"]}')
    pipeline = None
    if args.config:
        pipeline = test_pipeline_cfg(load_config(args.config))
    layout = entry_layout(data, kp.shape[2])
    if layout is None:
        print(f'note: {kp.shape[2]} joints and no keypoint_layout in '
              f'{args.pose_file}: drawing points without limbs')
    video = inspect_entry(entry, names, frames, not args.no_heatmaps,
                          pipeline, args.size, layout)
    write_video(args.out, video, args.fps)
    sheet = write_png(sheet_path(args.out), contact_sheet(video))
    print(f'wrote {args.out} ({len(video)} frames) and {sheet}')
    return 0
