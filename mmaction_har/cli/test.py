"""``tools/test.py``: evaluate a checkpoint with MMAction2's flags."""
import argparse
import os.path as osp

from mmengine.dist import is_main_process

from ..config import (check_checkpoint, check_data_files, default_work_dir,
                      explain_failed_downloads, load_config)
from ..engine import safeguards
from ..errors import HarError, MissingFileError
from ..utils import dump_json_atomic
from ..utils.work_dir import METRICS_FILE, REPORT_DIR, REPORT_DUMP
from . import parsers
from .train import build_runner


def build_parser():
    parser = argparse.ArgumentParser(
        description='Test (and evaluate) a recognizer checkpoint.',
        parents=[parsers.work_dir('the directory to save the file '
                                  'containing evaluation metrics'),
                 parsers.cfg_options('test_dataloader.batch_size=4'),
                 parsers.launcher()])
    parser.add_argument('config', help='test config file path')
    parser.add_argument('checkpoint', help='checkpoint file (path or URL)')
    parser.add_argument(
        '--dump', type=str,
        help='dump the predictions to this pickle file (.pkl) for offline '
        'evaluation')
    parser.add_argument(
        '--report', action='store_true',
        help='after the test, write the report (metrics, per-class tables, '
        'confusion matrices, report.html) into WORK_DIR/report; dumps the '
        'predictions to WORK_DIR/test_predictions.pkl unless --dump is given')
    parser.add_argument(
        '--groups', help='with --report: class -> group mapping file for '
        'group-level metrics')
    parser.add_argument(
        '--ood', metavar='CLASSES',
        help="with --report: the test set's own class list, when its classes "
        "are not the model's (out-of-domain prediction tables)")
    parsers.add_preflight_flag(parser)
    return parser


def parse_args(argv=None):
    return parsers.parse_launched(build_parser(), argv)


def merge_args(cfg, args):
    cfg.launcher = args.launcher
    if args.work_dir is not None:
        cfg.work_dir = args.work_dir
    elif cfg.get('work_dir', None) is None:
        cfg.work_dir = default_work_dir(args.config)
    if args.report and args.dump is None:
        args.dump = osp.join(cfg.work_dir, REPORT_DUMP)
    if args.dump is not None:
        if not args.dump.endswith(('.pkl', '.pickle')):
            raise HarError(f'--dump must name a .pkl or .pickle file, got '
                           f'{args.dump}')
        # Written under a temporary name, renamed once complete.
        dump_metric = dict(type='AtomicDumpResults', out_file_path=args.dump)
        evaluator = cfg.test_evaluator
        if isinstance(evaluator, (list, tuple)):
            cfg.test_evaluator = [*evaluator, dump_metric]
        else:
            cfg.test_evaluator = [evaluator, dump_metric]
    cfg.load_from = args.checkpoint
    return cfg


def check_report_args(args):
    """Fail before testing if the report options are inconsistent."""
    if not args.report:
        for flag in ('groups', 'ood'):
            if getattr(args, flag):
                raise HarError(f'--{flag} needs --report')
        return
    for what, path in (('groups file', args.groups),
                       ('class list (--ood)', args.ood)):
        if path and not osp.isfile(path):
            raise MissingFileError(what, path)


def write_test_report(cfg, args):
    """Write the report of the finished test; return the HTML's path."""
    from ..evaluation.report import write_report
    html = write_report(args.dump, cfg, osp.join(cfg.work_dir, REPORT_DIR),
                        groups=args.groups, ood=args.ood)
    print(f'report: {html}', flush=True)
    return html


def main(argv=None):
    import mmaction_har  # noqa: F401  (compat fixes, registries)
    args = parse_args(argv)
    check_report_args(args)
    check_checkpoint(args.checkpoint)
    cfg = load_config(args.config, args.cfg_options)
    cfg = merge_args(cfg, args)
    check_data_files(cfg, ('test_dataloader', ))
    explain_failed_downloads(cfg, load_from_option='{file} as CHECKPOINT')
    safeguards.check_weights(args.checkpoint)
    safeguards.preflight(cfg, ('test_dataloader', ), args)
    runner = build_runner(cfg)
    safeguards.guard(runner, cfg)
    metrics = runner.test()
    if is_main_process():
        dump_json_atomic(
            dict(config=args.config, checkpoint=args.checkpoint,
                 metrics=metrics), osp.join(cfg.work_dir, METRICS_FILE))
        if args.report:
            write_test_report(cfg, args)
    return metrics
