"""``tools/experiments/run.py``: run an experiment spec, write its table."""
import argparse
import signal
import sys

from ...errors import HarError
from ...experiments.commands import LAUNCHERS
from ...experiments.execute import ExperimentRunner
from ...experiments.spec import load_spec
from ...experiments.table import write_report


def build_parser():
    parser = argparse.ArgumentParser(
        description='Train and test every run of an experiment spec '
        '(configs x cfg-options variants x seeds), skipping finished runs '
        'and resuming interrupted ones, then write the comparison table '
        '(Markdown, CSV) and figure. See docs/experiments.md.')
    parser.add_argument('spec', help='experiment spec (YAML), e.g. '
                        'configs/experiments/demo.yaml')
    parser.add_argument('--work-root', default='work_dirs/experiments',
                        help='runs go to WORK_ROOT/SPEC_NAME/RUN_ID '
                        '(default: %(default)s)')
    parser.add_argument('--only', nargs='+', metavar='NAME',
                        help='only the runs whose name or run id matches '
                        'one of these glob patterns (the table still lists '
                        'every run)')
    parser.add_argument('--dry-run', action='store_true',
                        help='check the spec and its configs, print what '
                        'each run would do and its commands; run nothing')
    parser.add_argument('--launcher', choices=LAUNCHERS, default='local',
                        help='local: tools/train.py and tools/test.py; dist: '
                        'tools/dist_train.sh and tools/dist_test.sh')
    parser.add_argument('--gpus', type=int, default=1,
                        help='processes per run with --launcher dist')
    parser.add_argument('--stream', action='store_true',
                        help='show the tools\' output instead of writing it '
                        'to train.log/test.log in each run\'s work dir')
    parser.add_argument('--report-only', action='store_true',
                        help='only rewrite the table and figure from the '
                        'runs\' state files')
    return parser


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt(f'signal {signum}')


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.gpus < 1:
        raise HarError(f'--gpus must be at least 1, got {args.gpus}')
    spec = load_spec(args.spec)
    runs = spec.select(args.only)
    runner = ExperimentRunner(spec, args.work_root, args.launcher, args.gpus,
                              stream=args.stream)
    print(f'{spec.path}: {len(runs)} run(s) of {len(spec.runs)} in '
          f'{runner.exp_dir}', flush=True)
    if args.report_only:
        paths = write_report(spec, runner.exp_dir)
        print('\n'.join(paths.values()))
        return []
    if args.dry_run:
        runner.dry_run(runs)
        return []
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        failed = runner.run(runs)
    except KeyboardInterrupt:
        print('\ninterrupted: run the same command again to resume',
              file=sys.stderr)
        sys.exit(130)
    if failed:
        raise HarError(f'{len(failed)} of {len(runs)} run(s) failed: '
                       f'{", ".join(failed)} (see their run.json and logs)')
    return runs
