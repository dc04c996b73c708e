"""Errors for user mistakes: the tools print them as one line, no traceback."""

# torch re-raises an exception from a DataLoader worker as
# ``type(err)(f'Caught {name} in DataLoader worker process N.\nOriginal '
# 'Traceback (most recent call last): ...')``.
_WORKER_PREFIX = 'Caught '
_WORKER_TRACEBACK = '\nOriginal Traceback (most recent call last):'


def _unwrap_worker_message(message, cls):
    """The original message of an error re-raised from a DataLoader worker.

    Returns ``message`` unchanged unless it is torch's re-raise text for an
    error of class ``cls``; then only the last ``ClassName: message`` part
    of the worker's traceback is kept, so that the tools still print one
    line naming the file.
    """
    if not message.startswith(_WORKER_PREFIX) or \
            _WORKER_TRACEBACK not in message:
        return message
    marker = f'{cls.__name__}: '
    tail = message.rstrip().rsplit(marker, 1)
    return tail[1].strip() if len(tail) == 2 else message


class HarError(Exception):
    """Base class of errors caused by the user's input (files, configs).

    Raised in a DataLoader worker, torch re-raises it in the main process
    with the worker's traceback as its message; the constructor keeps the
    original message only (see :func:`_unwrap_worker_message`).
    """

    def __init__(self, *args):
        if len(args) == 1 and isinstance(args[0], str):
            args = (_unwrap_worker_message(args[0], type(self)), )
        super().__init__(*args)


class MissingFileError(HarError, FileNotFoundError):
    """A config, checkpoint, annotation or data file the user named is
    missing."""

    def __init__(self, what, path, hint=''):
        msg = f'{what} not found: {path}'
        if hint:
            msg += f' ({hint})'
        super().__init__(msg)
        self.path = path


class UnsafeCheckpointError(HarError):
    """A checkpoint holds a Python global outside the allowlist; not loaded."""


class MissingOpError(HarError, NotImplementedError):
    """An mmcv op that only compiled mmcv provides was called on mmcv-lite."""


class CheckpointError(HarError):
    """A checkpoint file is truncated, empty or not an mmengine checkpoint."""


class SampleError(HarError):
    """A sample of a dataset cannot be loaded (names its file and line)."""


class PreflightError(HarError):
    """The pre-flight check of a run's data found problems."""


class ConfigError(HarError):
    """A config names a key or a registry type that does not exist."""
