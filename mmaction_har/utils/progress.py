"""Progress bars that suit both a terminal and a log file.

On a terminal :func:`progress_bar` is a plain ``tqdm`` bar. Written to a
file or a pipe (``make demo > log``, CI), a ``tqdm`` bar becomes one line of
hundreds of ``\\r``-separated redraws; there it is a :class:`LineProgress`
instead, which prints a whole line at the start, every :data:`STEP` of the
total, every :data:`INTERVAL` seconds at most, and at the end::

    demo corpus:  10% 72/720 [00:13<01:58, 5.48clip/s]

Every progress bar of the package goes through :func:`progress_bar`.
"""
import sys
import time

from tqdm import tqdm

#: Longest time (s) between two lines in a log.
INTERVAL = 30.0
#: A line each time this fraction of the total is done.
STEP = 0.1
_LINE = '{desc}: {percentage:3.0f}% {n_fmt}/{total_fmt} ' \
    '[{elapsed}<{remaining}, {rate_fmt}{postfix}]'
_LINE_NO_TOTAL = '{desc}: {n_fmt} [{elapsed}, {rate_fmt}{postfix}]'


class LineProgress(tqdm):
    """A ``tqdm`` that prints whole lines, now and then, for logs.

    Args:
        interval (float): Most seconds between two lines.
        step (float): A line each time this fraction of ``total`` is done.
        *args, **kwargs: Those of ``tqdm``.
    """

    def __init__(self, *args, interval=INTERVAL, step=STEP, **kwargs):
        self._interval, self._step = interval, step
        self._last_time = self._next_fraction = self._shown = None
        # tqdm refreshes at most every `mininterval` s; each refresh asks
        # display() whether a line is due.
        kwargs.setdefault('mininterval', min(1.0, interval))
        super().__init__(*args, **kwargs)

    @property
    def format_dict(self):
        fmt = super().format_dict
        fmt['bar_format'] = _LINE if self.total else _LINE_NO_TOTAL
        if not fmt.get('prefix'):
            fmt['bar_format'] = fmt['bar_format'].replace('{desc}: ', '')
        return fmt

    def _due(self):
        if self._last_time is None:
            return True
        if time.time() - self._last_time >= self._interval:
            return True
        return bool(self.total) and self.n / self.total >= \
            self._next_fraction

    def _line(self):
        self._last_time, self._shown = time.time(), (self.n, self.postfix)
        if self.total:
            done = self.n / self.total
            self._next_fraction = (int(done / self._step + 1e-9) +
                                   1) * self._step
        self.fp.write(self.__str__() + '\n')
        getattr(self.fp, 'flush', lambda: None)()

    def display(self, msg=None, pos=None):
        if msg is None and self._due():
            self._line()
        return True

    def close(self):
        if self.disable:
            return
        if self._shown != (self.n, self.postfix):  # news since the last
            self._line()
        self.disable = True
        self._decr_instances(self)


def progress_bar(iterable=None, file=None, **kwargs):
    """A progress bar: ``tqdm`` on a terminal, :class:`LineProgress` else.

    Args:
        iterable (Iterable, optional): What to iterate over.
        file (IO, optional): Where to write; default ``sys.stderr``.
        **kwargs: ``tqdm``'s (``total``, ``desc``, ``unit``, ``disable``,
            ``leave``, ``initial``, ...).
    """
    file = sys.stderr if file is None else file
    isatty = getattr(file, 'isatty', None)
    cls = tqdm if isatty is not None and isatty() else LineProgress
    return cls(iterable, file=file, **kwargs)
