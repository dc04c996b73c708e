"""Progress bars in a log (non-TTY stream): whole lines, now and then."""
import io

from tqdm import tqdm

from mmaction_har.utils.progress import LineProgress, progress_bar


class _Terminal(io.StringIO):

    def isatty(self):
        return True


def test_log_gets_lines_every_step_and_at_the_end():
    log = io.StringIO()
    bar = progress_bar(total=200, desc='clips', unit='clip', file=log,
                       mininterval=0)
    assert isinstance(bar, LineProgress)
    for _ in range(200):
        bar.update(1)
    bar.set_postfix_str('3.0 fps')
    bar.close()
    text = log.getvalue()
    assert '\r' not in text
    lines = text.splitlines()
    # the start, every 10 %, and the postfix at the end
    assert [ln.split('%')[0] for ln in lines[:11]] == [
        f'clips: {p:3d}' for p in range(0, 101, 10)]
    assert len(lines) == 12 and lines[-1].endswith('3.0 fps]')
    assert ' 200/200 ' in lines[-1]


def test_log_lines_by_time_without_total():
    log = io.StringIO()
    for _ in progress_bar(iter(range(5)), desc='frames', file=log,
                          mininterval=0, interval=0):
        pass
    lines = log.getvalue().splitlines()
    assert lines[0].startswith('frames: 0 [') and len(lines) >= 6
    assert lines[-1].startswith('frames: 5 [')


def test_fast_loop_prints_two_lines_and_nothing_when_disabled():
    log = io.StringIO()
    assert sum(progress_bar(range(10000), file=log)) == 49995000
    assert len(log.getvalue().splitlines()) == 2
    quiet = io.StringIO()
    with progress_bar(total=3, file=quiet, disable=True) as bar:
        bar.update(3)
    assert quiet.getvalue() == ''


def test_terminal_gets_tqdm():
    term = _Terminal()
    bar = progress_bar(total=3, file=term)
    assert type(bar) is tqdm
    bar.update(3)
    bar.close()
    assert '\r' in term.getvalue()
