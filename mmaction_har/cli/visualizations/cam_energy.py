"""``tools/visualizations/cam_energy.py``: CAM energy inside the person."""
import argparse
import os.path as osp

from ...visualization.cam import CamModel
from ...visualization.energy import MASK_MODES
from ...visualization.energy_report import cam_energy, format_summary
from .. import parsers


def build_parser():
    p = argparse.ArgumentParser(
        description='Share of Grad-CAM energy inside the person region '
        '(from pose keypoints or mask files) versus its area share, per '
        'sample and averaged, against random maps of the same smoothness.',
        parents=[parsers.cam_layers(), parsers.ann_file_reading()])
    p.add_argument('config')
    p.add_argument('checkpoint')
    p.add_argument('ann_file', help='video list or pose pkl to evaluate')
    p.add_argument('--out-dir', default='work_dirs/cam_energy',
                   help='where energy.csv, summary.json/.md, energy.png go')
    p.add_argument('--pose', help='pose pkl with the videos\' keypoints '
                   '(RGB models; entries matched by frame_dir = video stem)')
    p.add_argument('--mask-dir', help='folder of {video stem}.npy/.npz/.mp4 '
                   'person masks (T, H, W), instead of keypoints')
    p.add_argument('--mask-mode', choices=MASK_MODES, default='bbox',
                   help='person region from keypoints: padded box or limbs')
    p.add_argument('--pad', type=float, default=0.15, help='bbox: growth '
                   'per side; limbs: thickness, as a fraction of the box')
    p.add_argument('--use-label', action='store_true',
                   help='explain the ground-truth class, not the prediction')
    p.add_argument('--num-random', type=int, default=10,
                   help='random maps per sample for the baseline')
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    model = CamModel.load(args.config, args.checkpoint, args.target_layers,
                          args.pathway)
    summary = cam_energy(model, args.ann_file, args.out_dir, args.pose,
                         args.mask_dir, args.mask_mode, args.pad,
                         args.data_prefix, args.split, args.use_label,
                         args.max_samples, args.num_random,
                         args.dataset_type)
    print(format_summary(summary))
    print(f'wrote {osp.join(args.out_dir, "energy.csv")}, summary.json, '
          f'summary.md and energy.png')
    return 0
