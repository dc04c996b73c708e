"""``--dump`` of ``tools/test.py``: predictions written atomically.

mmengine's ``DumpResults`` writes straight to its file, so a test that dies
while pickling leaves a file that looks finished. :class:`AtomicDumpResults`
writes ``NAME.partial.pkl`` and renames it to ``NAME.pkl`` once complete;
its log line names the final file.
"""
import os
import os.path as osp

from mmengine.evaluator.metric import DumpResults
from mmengine.fileio import dump
from mmengine.logging import print_log

from mmaction.registry import METRICS


def partial_path(path):
    """``preds.pkl`` -> ``preds.partial.pkl``."""
    root, ext = osp.splitext(path)
    return f'{root}.partial{ext}'


@METRICS.register_module()
class AtomicDumpResults(DumpResults):
    """Dump predictions to ``out_file_path`` (``.pkl``) atomically."""

    def compute_metrics(self, results):
        partial = partial_path(self.out_file_path)
        try:
            dump(results, partial)
            os.replace(partial, self.out_file_path)
        finally:
            if osp.exists(partial):
                os.remove(partial)
        print_log(f'Results has been saved to {self.out_file_path}.',
                  logger='current')
        return {}
