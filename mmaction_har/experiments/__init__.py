"""Experiment runner: specs of configs x variants x seeds -> trained and
tested runs -> comparison tables and figures (``tools/experiments/run.py``)."""
from .execute import ExperimentRunner, plan_run
from .spec import Run, Spec, load_spec, parse_spec
from .table import aggregate, collect_rows, write_report

__all__ = [
    'ExperimentRunner', 'Run', 'Spec', 'aggregate', 'collect_rows',
    'load_spec', 'parse_spec', 'plan_run', 'write_report'
]
