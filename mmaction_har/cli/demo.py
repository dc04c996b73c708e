"""``make demo``: generate the demo corpus, import it, train and test.

The corpus is also written in the raw layouts researchers bring (KTH videos +
``00sequences.txt``, child-dataset OpenPose JSON) and goes through the real
importers, whose outputs the demo configs read. Each step is the command a
user would type (printed before it runs), so the demo doubles as a
walkthrough of ``tools/``.
"""
import argparse
import json
import os
import os.path as osp
import subprocess
import sys
import time

from ..errors import HarError
from ..utils.work_dir import METRICS_FILE, REPORT_DIR, find_checkpoint
from . import parsers

# The demo configs read the corpus from here (relative to the repo root).
DATA_DIR = 'data/demo'
DEMO_CONFIGS = ('configs/posec3d/demo.py', 'configs/slowonly/demo.py')


def build_parser():
    parser = argparse.ArgumentParser(
        description='Generate the demo corpus, then train and test the demo '
        'PoseC3D and SlowOnly models on it.',
        parents=[parsers.work_dir('parent folder of the runs\' work dirs',
                                  default='work_dirs/demo'),
                 parsers.seed('corpus seed')])
    parser.add_argument('--configs', nargs='+', default=list(DEMO_CONFIGS),
                        help='configs to train and test')
    parser.add_argument('--prepare-only', action='store_true',
                        help='only generate and import the corpus')
    return parser


def _run(cmd):
    print('+ ' + ' '.join(cmd), flush=True)
    result = subprocess.run(cmd)
    if result.returncode != 0:
        raise HarError(f'command failed (exit {result.returncode}): '
                       + ' '.join(cmd))


def _corpus_matches(data_dir, seed):
    """Whether ``data_dir`` holds the default corpus for ``seed``."""
    import inspect

    from ..demo import make_demo_corpus
    meta = osp.join(data_dir, 'corpus.json')
    if not osp.isfile(meta):
        return False
    with open(meta) as f:
        params = json.load(f).get('params', {})
    expected = {
        name: p.default
        for name, p in inspect.signature(make_demo_corpus).parameters.items()
        if name in params and p.default is not inspect.Parameter.empty
        and p.default is not None
    }
    expected['seed'] = seed
    return all(params.get(k) == v
               or (isinstance(v, tuple) and params.get(k) == list(v))
               for k, v in expected.items())


def import_steps(py, tools, data_dir=DATA_DIR):
    """The importer commands of the demo (raw layouts -> annotations)."""
    from ..demo.raw_layouts import CHILD_ACTIONS, kth_person_split
    raw = osp.join(data_dir, 'raw')
    data = osp.join(tools, 'data')
    with open(osp.join(data_dir, 'corpus.json')) as f:
        size = str(json.load(f)['params']['size'])
    return [
        [py, osp.join(data, 'prepare_kth.py'),
         osp.join(raw, 'kth', '00sequences.txt'), osp.join(raw, 'kth',
                                                           'videos'),
         osp.join(data_dir, 'kth'), '--media', 'open', '--persons',
         *kth_person_split(data_dir)],
        [py, osp.join(data, 'prepare_child.py'),
         osp.join(raw, 'child', 'openpose'), osp.join(data_dir, 'child'),
         '--keypoints', '17', '--actions',
         ','.join(sorted(CHILD_ACTIONS.values())), '--metadata',
         osp.join(raw, 'child', 'children.csv'), '--split-column', 'split',
         '--video-root', osp.join(raw, 'child', 'videos'),
         '--img-shape', size, size],
        [py, osp.join(data, 'prepare_bast.py'), osp.join(raw, 'bast'),
         osp.join(data_dir, 'bast')],
    ]


def main(argv=None):
    args = build_parser().parse_args(argv)
    py = sys.executable
    tools = osp.join(osp.dirname(osp.dirname(osp.dirname(
        osp.abspath(__file__)))), 'tools')
    start = time.time()
    raw_done = osp.join(DATA_DIR, 'raw', 'child', 'children.csv')
    if _corpus_matches(DATA_DIR, args.seed):
        print(f'Using the demo corpus in {DATA_DIR} (seed {args.seed}).')
    else:
        _run([py, osp.join(tools, 'data', 'make_demo_corpus.py'),
              '--out-dir', DATA_DIR, '--seed', str(args.seed)])
        if osp.exists(raw_done):
            os.remove(raw_done)  # the raw layouts are of the old corpus
    if not osp.isfile(raw_done):  # written last: marks a complete layout
        _run([py, osp.join(tools, 'data', 'make_demo_raw.py'), DATA_DIR])
    for cmd in import_steps(py, tools):
        _run(cmd)
    if args.prepare_only:
        return []
    rows = []
    for config in args.configs:
        name = osp.basename(osp.dirname(config))
        work_dir = osp.join(args.work_dir, name)
        t0 = time.time()
        _run([py, osp.join(tools, 'train.py'), config, '--work-dir',
              work_dir, '--seed', '0'])
        train_time = time.time() - t0
        checkpoint = find_checkpoint(work_dir)
        _run([py, osp.join(tools, 'test.py'), config, checkpoint,
              '--work-dir', work_dir, '--dump',
              osp.join(work_dir, 'test_predictions.pkl')])
        with open(osp.join(work_dir, METRICS_FILE)) as f:
            metrics = json.load(f)['metrics']
        rows.append((name, metrics, train_time, checkpoint, work_dir))
    from ..demo.gradcam import write_demo_cams
    by_name = {name: (config, ckpt) for config, (name, _, _, ckpt, _)
               in zip(args.configs, rows)}
    cams = write_demo_cams(osp.join(args.work_dir, 'gradcam'),
                           rgb=by_name.get('slowonly'),
                           pose=by_name.get('posec3d'), data_dir=DATA_DIR)
    # each model's report links its Grad-CAM video and contact sheet; in
    # this process (what tools/analysis/report.py runs), saving two
    # interpreter start-ups
    from ..evaluation.report import write_report
    cam_of = dict(slowonly=cams.get('rgb'), posec3d=cams.get('pose'))
    for config, (name, _, _, _, work_dir) in zip(args.configs, rows):
        cam = cam_of.get(name)
        html = write_report(
            osp.join(work_dir, 'test_predictions.pkl'), config,
            osp.join(work_dir, REPORT_DIR),
            attachments=[cam['out'], cam['sheet']] if cam else None)
        print(f'report: {html}', flush=True)
    print_summary(rows, time.time() - start)
    for kind, summary in cams.items():
        print(f'Grad-CAM ({kind}): {summary["out"]} '
              f'(frames: {summary["sheet"]})')
    return rows


def print_summary(rows, total_time):
    print('\nDemo results on the test subjects (chance = 1/6 = 0.167):')
    print(f'{"model":<10} {"top1":>6} {"mean_cls":>9} {"train_s":>8}  '
          'checkpoint')
    for name, metrics, train_time, checkpoint, _ in rows:
        print(f'{name:<10} {metrics.get("acc/top1", float("nan")):>6.3f} '
              f'{metrics.get("acc/mean1", float("nan")):>9.3f} '
              f'{train_time:>8.0f}  {checkpoint}')
    for name, _, _, _, work_dir in rows:
        print(f'{name}: logs, checkpoints, test_metrics.json and '
              f'test_predictions.pkl in {work_dir}')
        report = osp.join(work_dir, REPORT_DIR, 'report.html')
        print(f'{name}: report {report}')
    print(f'Total demo time: {total_time / 60:.1f} min')
