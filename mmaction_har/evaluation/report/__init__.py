"""Test-set reports (metrics, tables, figures) and learning curves.

``write_report(preds_path, config, out_dir)`` turns a ``tools/test.py
--dump`` pickle into ``report.{json,md,html}``, per-sample predictions and
PNG figures; ``plot_curves`` draws mmengine training logs. See
``docs/reports.md``.
"""
from .build import write_report
from .curves import plot_curves, read_run
from .metrics import compute_metrics

__all__ = ['compute_metrics', 'plot_curves', 'read_run', 'write_report']
