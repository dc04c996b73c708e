"""Errors for user mistakes: the tools print them as one line, no traceback."""


class HarError(Exception):
    """Base class of errors caused by the user's input (files, configs)."""


class MissingFileError(HarError, FileNotFoundError):
    """A config, checkpoint, annotation or data file the user named is missing."""

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
