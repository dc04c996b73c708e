"""Is a checkpoint file complete, and does it hold what the run needs?

A ``.pth`` that was cut off by a kill or a full disk, an empty file or some
other file renamed ``.pth`` makes ``torch.load`` fail with
``PytorchStreamReader failed reading zip archive``, ``EOFError`` or a
``KeyError`` from inside the unpickler, none naming the file. These checks
answer with one line naming the file, its size and what was expected:

* :func:`inspect_file`: the container (cheap: reads the zip directory and
  checks every record's CRC, no unpickling);
* :func:`check_checkpoint`: the container plus the content a purpose needs
  (``'resume'``: mmengine's ``meta``/``state_dict``/``message_hub``;
  ``'weights'``: model weights), unpickled with ``mmap=True`` so the tensors
  are not read;
* :func:`find_resume_checkpoint`: what ``--resume`` without a path resumes
  from: the work dir's latest checkpoint, or, if that one is incomplete,
  the newest complete one.
"""
import os
import os.path as osp
import re
import zipfile

from ..errors import CheckpointError, HarError, MissingFileError

#: What a loadable checkpoint is, for the error messages.
EXPECTED = ('a PyTorch checkpoint written by torch.save (a zip archive '
            'holding data.pkl), e.g. epoch_N.pth from tools/train.py')
_ZIP_MAGIC = b'PK\x03\x04'
# torch's legacy (pre-1.6) format starts with its magic number, pickled
# with protocol 2.
_LEGACY_MAGIC = b'\x80\x02\x8a\nl\xfc\x9cF\xf9 j\xa8P\x19.'
_STEP_RE = re.compile(r'^(?:epoch|iter)_(\d+)\.pth$')


def human_size(num_bytes):
    """``1536`` -> ``'1.5 KiB'``; bytes below 1 KiB as ``'N bytes'``."""
    if num_bytes < 1024:
        return f'{num_bytes} bytes'
    size = float(num_bytes)
    for unit in ('KiB', 'MiB', 'GiB', 'TiB'):
        size /= 1024.0
        if size < 1024 or unit == 'TiB':
            return f'{size:.1f} {unit}'


def describe_problem(path, problem, expected=EXPECTED):
    """One line: the file, its size, what is wrong and what was expected."""
    size = human_size(osp.getsize(path))
    return f'checkpoint {path} ({size}) {problem}; expected {expected}'


def inspect_file(path):
    """The problem with ``path``'s container, or ``None`` if it is sound.

    Raises:
        MissingFileError: ``path`` does not exist.
    """
    if not osp.isfile(path):
        raise MissingFileError('checkpoint', path)
    if osp.getsize(path) == 0:
        return 'is empty'
    with open(path, 'rb') as f:
        head = f.read(len(_LEGACY_MAGIC))
    if head == _LEGACY_MAGIC:
        return None  # legacy format: torch.load is the only reader
    if head[:1] == b'\x80':
        return 'is a plain pickle, not a PyTorch file'
    if head[:4] != _ZIP_MAGIC:
        return f'is not a PyTorch file (it starts with {head[:4]!r})'
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if not any(n == 'data.pkl' or n.endswith('/data.pkl')
                       for n in names):
                return 'is a zip archive without data.pkl, not a checkpoint'
            broken = archive.testzip()
    except (zipfile.BadZipFile, EOFError, OSError):
        return 'is truncated (its zip directory is missing or cut off)'
    if broken is not None:
        return f'is corrupt (record {broken} fails its CRC check)'
    return None


def _content_problem(obj, purpose):
    if not isinstance(obj, dict):
        return f'holds a {type(obj).__name__}, not a dict'
    if purpose == 'resume':
        missing = [k for k in ('meta', 'state_dict', 'message_hub')
                   if k not in obj]
        meta = obj.get('meta')
        if not missing and not (isinstance(meta, dict) and 'epoch' in meta
                                and 'iter' in meta):
            missing = ['meta.epoch', 'meta.iter']
        if missing:
            return (f'lacks {", ".join(missing)}, which --resume needs '
                    '(it is not a checkpoint the Runner wrote)')
        return None
    weights = obj.get('state_dict', obj)
    import torch
    if not isinstance(weights, dict) or not any(
            torch.is_tensor(v) for v in weights.values()):
        return 'holds no model weights (no state_dict of tensors)'
    return None


def _load_structure(path):
    """Unpickle without reading the tensors (zip format, mmap).

    A global outside mmengine's allowlist is reported by the project's
    checkpoint loader (:class:`~mmaction_har.errors.UnsafeCheckpointError`).
    """
    import pickle

    import torch

    from ..compat.checkpoint import load_local_checkpoint
    with open(path, 'rb') as f:
        zipped = f.read(4) == _ZIP_MAGIC
    try:
        return torch.load(path, map_location='cpu', weights_only=True,
                          mmap=zipped)
    except pickle.UnpicklingError:
        return load_local_checkpoint(path, map_location='cpu')


def check_checkpoint(path, purpose='weights'):
    """Raise :class:`CheckpointError` if ``path`` cannot serve ``purpose``.

    Args:
        path (str): Local checkpoint file.
        purpose (str): ``'weights'`` (``load_from``, ``tools/test.py``) or
            ``'resume'`` (``--resume``).

    Raises:
        MissingFileError: ``path`` does not exist.
        CheckpointError: One line naming the file, its size and what was
            expected.
    """
    problem = inspect_file(path)
    if problem is None:
        try:
            obj = _load_structure(path)
        except HarError:
            raise
        except Exception as err:  # any unpickling failure
            problem = (f'cannot be unpickled ({type(err).__name__}: '
                       f'{str(err).strip().splitlines()[0][:120]})'
                       if str(err).strip() else
                       f'cannot be unpickled ({type(err).__name__})')
        else:
            problem = _content_problem(obj, purpose)
    if problem is not None:
        expected = EXPECTED if purpose == 'weights' else (
            'a checkpoint tools/train.py wrote (epoch_N.pth / iter_N.pth in '
            'the work dir)')
        raise CheckpointError(describe_problem(path, problem, expected))


def _candidates(work_dir):
    """The latest checkpoint first, then ``epoch_N``/``iter_N``, newest
    first."""
    found = []
    pointer = osp.join(work_dir, 'last_checkpoint')
    if osp.isfile(pointer):
        with open(pointer) as f:
            last = f.read().strip()
        for path in (last, osp.join(work_dir, osp.basename(last))):
            if last and osp.isfile(path):
                found.append(path)
                break
    steps = []
    for name in os.listdir(work_dir) if osp.isdir(work_dir) else ():
        match = _STEP_RE.match(name)
        if match:
            steps.append((int(match.group(1)), osp.join(work_dir, name)))
    found += [p for _, p in sorted(steps, reverse=True)]
    unique = []
    for path in found:
        if not any(osp.samefile(path, seen) for seen in unique):
            unique.append(path)
    return unique


def find_resume_checkpoint(work_dir, log=print):
    """The checkpoint ``--resume`` (no path) continues from, or ``None``.

    The latest checkpoint (``work_dir/last_checkpoint``, else the highest
    ``epoch_N.pth``/``iter_N.pth``) if it is complete; otherwise the newest
    complete one, after saying (through ``log``) which were skipped and why.

    Raises:
        CheckpointError: Checkpoints exist but none is complete.
    """
    skipped = []
    for path in _candidates(work_dir):
        try:
            check_checkpoint(path, 'resume')
        except CheckpointError as err:
            skipped.append(str(err))
            continue
        if skipped:
            log(f'note: skipped {len(skipped)} incomplete checkpoint(s) '
                f'({"; ".join(skipped)}); resuming from {path} instead')
        return path
    if skipped:
        raise CheckpointError(f'no complete checkpoint in {work_dir} to '
                              f'resume from: {"; ".join(skipped)}')
    return None
