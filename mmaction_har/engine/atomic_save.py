"""Checkpoints written atomically: temporary name, fsync, rename.

mmengine 0.10.7 serialises a checkpoint into memory and writes it over the
target path (``LocalBackend.put``): a kill or a full disk during the write
leaves a truncated ``epoch_N.pth`` that ``--resume`` then picks. Every
save of the Runner (``CheckpointHook``'s interval and best checkpoints,
``Runner.save_checkpoint``) and of mmengine's strategies goes through
``mmengine.runner.checkpoint.save_checkpoint``; :func:`install` replaces
that one function, under each name it is imported as, by
:func:`atomic_save_checkpoint`. Remote back-ends (``s3://``, ``pavi://``
...) keep mmengine's own code.
"""
import os
import os.path as osp

import torch
from mmengine.fileio import get_file_backend
from mmengine.fileio.backends import LocalBackend

from ..utils.io import atomic_path

_ORIGINAL = {}


def _is_local(filename, backend_args):
    if str(filename).startswith('pavi://'):
        return False
    backend = get_file_backend(filename, backend_args=backend_args)
    return isinstance(backend, LocalBackend)


def _fsync_dir(folder):
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform/file system
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_atomically(obj, filename):
    """``torch.save(obj)`` to a hidden temporary file next to ``filename``,
    flushed to disk, then renamed over ``filename``.

    A reader sees the previous file or the complete new one, never a
    partial one; after a crash the temporary file
    (``.tmp-NAME.XXXXXXXX.tmp``) may remain and is never picked up.
    """
    filename = str(filename)
    with atomic_path(filename, suffix='.tmp') as tmp:
        with open(tmp, 'wb') as f:
            torch.save(obj, f)
            f.flush()
            os.fsync(f.fileno())
    _fsync_dir(osp.dirname(osp.abspath(filename)))


def atomic_save_checkpoint(checkpoint, filename, file_client_args=None,
                           backend_args=None):
    """Drop-in for ``mmengine.runner.checkpoint.save_checkpoint``."""
    if file_client_args is not None or \
            not _is_local(filename, backend_args):
        return _ORIGINAL['save_checkpoint'](checkpoint, filename,
                                            file_client_args, backend_args)
    save_atomically(checkpoint, filename)


def install():
    """Route mmengine's checkpoint saving through the atomic writer."""
    import mmengine.runner as runner_pkg
    import mmengine.runner.checkpoint as checkpoint_mod
    import mmengine.runner.runner as runner_mod
    _ORIGINAL.setdefault('save_checkpoint', checkpoint_mod.save_checkpoint)
    for module in (checkpoint_mod, runner_pkg, runner_mod):
        module.save_checkpoint = atomic_save_checkpoint
