"""Report the samples the skip policy skipped, at the end of each epoch.

:class:`~mmaction_har.datasets.guarded.GuardedDataset` appends one JSON line
per skipped sample to ``log_file`` (from any DataLoader worker); this hook
reads what was added during the epoch and logs how many samples were
skipped and which (file, list line and error), then the total at the end of
training. Also after validation and test epochs, for completeness (their
datasets never skip, so there is normally nothing to say).
"""
import json
import os.path as osp

from mmaction.registry import HOOKS
from mmengine.hooks import Hook


@HOOKS.register_module()
class SkippedSamplesHook(Hook):
    """Log the skipped samples of each epoch.

    Args:
        log_file (str): The file ``GuardedDataset(skip_log=...)`` writes.
    """

    priority = 'LOW'

    def __init__(self, log_file):
        self.log_file = log_file
        self._offset = 0
        self.total = 0
        self.epochs = []

    def before_run(self, runner):
        # a resumed run appends to the same file: report only new lines
        self._offset = osp.getsize(self.log_file) \
            if osp.isfile(self.log_file) else 0

    def _new_entries(self):
        if not osp.isfile(self.log_file):
            return []
        with open(self.log_file, 'rb') as f:
            f.seek(self._offset)
            data = f.read()
        complete = data[:data.rfind(b'\n') + 1]  # a line may be in flight
        self._offset += len(complete)
        entries = []
        for line in complete.decode(errors='replace').splitlines():
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue
        return entries

    def _report(self, runner, what):
        entries = self._new_entries()
        self.epochs.append(len(entries))
        if not entries:
            return
        self.total += len(entries)
        names = sorted({e.get('where', '?') for e in entries})
        shown = '; '.join(
            f'{w} ({next(e["error"] for e in entries if e.get("where") == w)})'
            for w in names)
        runner.logger.warning(
            f'{what}: skipped {len(entries)} bad sample(s) of '
            f'{len(names)} file(s) (skip_bad_samples): {shown}')

    def after_train_epoch(self, runner):
        self._report(runner, f'epoch {runner.epoch + 1}')

    def after_val_epoch(self, runner, metrics=None):
        self._report(runner, 'validation')

    def after_test_epoch(self, runner, metrics=None):
        self._report(runner, 'test')

    def after_run(self, runner):
        runner.logger.info(f'skip policy: {self.total} sample(s) skipped '
                           f'in this run (listed in {self.log_file})')
