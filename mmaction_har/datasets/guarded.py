"""A dataset wrapper that names the file and list line of a sample that
fails to load, and, under the skip policy, skips it.

Without it, one unreadable video ends a training run with ``RuntimeError:
Error reading 20 bytes...`` (decord), naming no file, the first time the
sample is drawn. ``tools/train.py`` and ``tools/test.py`` wrap every
dataloader's dataset in :class:`GuardedDataset`:

* a sample whose loading raises becomes a
  :class:`~mmaction_har.errors.SampleError`
  ``LIST:LINE: FILE: cannot load it (ErrorType: message)`` (pose pickles:
  ``PICKLE: frame_dir``), also from DataLoader workers;
* with ``skip_bad=True`` (``skip_bad_samples = True`` in the config or
  ``--skip-bad-samples``; training data only) the sample is replaced by the
  next one that loads, and recorded as one JSON line in ``skip_log``, which
  :class:`~mmaction_har.engine.hooks.SkippedSamplesHook` reports at the end
  of each epoch (workers are separate processes: a file is what they
  share).

Replacing by the next index (not a random one, as mmengine does for
``None`` samples) keeps the random streams, and so the run, reproducible.
"""
import json
import os
import os.path as osp

from mmaction.registry import DATASETS

from ..errors import HarError, SampleError

#: Consecutive unloadable samples after which even the skip policy stops.
MAX_CONSECUTIVE = 20


def _first_line(err):
    text = str(err).strip()
    return text.splitlines()[0][:300] if text else ''


def _error_text(err):
    if isinstance(err, HarError):
        return _first_line(err)
    detail = _first_line(err)
    return f'{type(err).__name__}: {detail}' if detail else \
        type(err).__name__


@DATASETS.register_module()
class GuardedDataset:
    """Wrap ``dataset``: clear load errors, optional skipping of bad samples.

    Args:
        dataset (dict | BaseDataset): The wrapped dataset.
        skip_bad (bool): Skip samples that fail to load (replace them by
            the next loadable one) instead of stopping.
        skip_log (str, optional): File the skipped samples are appended to
            (JSON lines: ``where``, ``error``).
        lazy_init (bool): Defer loading the annotations.
    """

    def __init__(self, dataset, skip_bad=False, skip_log=None,
                 lazy_init=False):
        self.dataset = (DATASETS.build(dataset) if isinstance(dataset, dict)
                        else dataset)
        self.skip_bad = skip_bad
        self.skip_log = skip_log
        self._lines = None
        if not lazy_init:
            self.full_init()

    def __getattr__(self, name):
        # pipeline, ann_file, data_prefix, ... of the wrapped dataset; never
        # for ``dataset`` itself (unpickling in a worker looks it up first)
        if name == 'dataset':
            raise AttributeError(name)
        return getattr(self.dataset, name)

    @property
    def metainfo(self):
        return self.dataset.metainfo

    def full_init(self):
        self.dataset.full_init()

    def get_data_info(self, idx):
        return self.dataset.get_data_info(idx)

    def __len__(self):
        return len(self.dataset)

    def __getitem__(self, idx):
        first = idx
        for _ in range(MAX_CONSECUTIVE):
            try:
                return self.dataset[idx]
            except Exception as err:  # any reader/pipeline failure
                where = self.describe(idx)
                message = f'{where}: cannot load it ({_error_text(err)})'
                if not self.skip_bad:
                    raise SampleError(message) from err
                self._record(where, _error_text(err))
                idx = (idx + 1) % len(self)
        raise SampleError(f'{MAX_CONSECUTIVE} consecutive samples from '
                          f'{self.describe(first)} on cannot be loaded; the '
                          'skip policy stops here (see the skipped samples '
                          f'in {self.skip_log})')

    def _record(self, where, error):
        if not self.skip_log:
            return
        line = json.dumps(dict(where=where, error=error)) + '\n'
        fd = os.open(self.skip_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT,
                     0o644)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)

    def describe(self, idx):
        """``LIST:LINE: FILE`` (lists) or ``PICKLE: NAME`` of sample idx."""
        ann_file = getattr(self.dataset, 'ann_file', '') or \
            type(self.dataset).__name__
        try:
            info = self.dataset.get_data_info(idx)
        except Exception:  # noqa: BLE001 (describing must not fail)
            return f'{ann_file}: sample {idx}'
        name = info.get('filename') or info.get('frame_dir') or f'sample {idx}'
        line = self._line_of(info)
        return f'{ann_file}:{line}: {name}' if line else \
            f'{ann_file}: {name}'

    def _line_of(self, info):
        """The list line of a sample (lists only), found on first need."""
        ann_file = getattr(self.dataset, 'ann_file', '')
        if not ann_file or ann_file.endswith(('.pkl', '.pickle')) or \
                not osp.isfile(ann_file):
            return None
        if self._lines is None:
            self._lines = {}
            prefix = (getattr(self.dataset, 'data_prefix', None) or {})
            prefix = prefix.get('video', prefix.get('img')) or ''
            with open(ann_file, errors='replace') as f:
                for lineno, line in enumerate(f, 1):
                    parts = line.split()
                    if not parts:
                        continue
                    path = osp.join(prefix, parts[0]) if prefix else parts[0]
                    key = (path, tuple(parts[1:3]) if len(parts) == 4
                           else None)
                    self._lines.setdefault(key, lineno)
                    self._lines.setdefault((path, None), lineno)
        path = info.get('filename') or info.get('frame_dir')
        frame_range = info.get('frame_range')
        if frame_range is not None:
            key = (path, (str(frame_range[0] + 1), str(frame_range[1] + 1)))
            if key in self._lines:
                return self._lines[key]
        return self._lines.get((path, None))
