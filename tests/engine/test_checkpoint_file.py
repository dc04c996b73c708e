"""Checkpoint checks: truncated, empty and foreign files; resume fallback."""
import os
import pickle

import pytest
import torch

from mmaction_har.engine.checkpoint_file import (check_checkpoint,
                                                 find_resume_checkpoint,
                                                 human_size, inspect_file)
from mmaction_har.errors import CheckpointError, MissingFileError


def runner_checkpoint(epoch):
    """What mmengine's Runner writes, in miniature."""
    return dict(meta=dict(epoch=epoch, iter=epoch * 4, seed=0),
                state_dict={'w': torch.full((3, ), float(epoch))},
                message_hub=dict(log_scalars={}, runtime_info={}))


def save(path, obj):
    torch.save(obj, str(path))
    return str(path)


def test_sound_checkpoint(tmp_path):
    path = save(tmp_path / 'epoch_1.pth', runner_checkpoint(1))
    assert inspect_file(path) is None
    check_checkpoint(path, 'resume')
    check_checkpoint(path, 'weights')
    # a bare state dict serves load_from but not --resume
    bare = save(tmp_path / 'bare.pth', {'w': torch.ones(2)})
    check_checkpoint(bare, 'weights')
    with pytest.raises(CheckpointError,
                       match='lacks meta, state_dict, message_hub'):
        check_checkpoint(bare, 'resume')


@pytest.mark.parametrize('make,fragment', [
    (lambda data: b'', 'is empty'),
    (lambda data: data[:len(data) // 2], 'is truncated'),
    (lambda data: b'hello, not a checkpoint\n', 'is not a PyTorch file'),
    (lambda data: data[:-30], 'is truncated'),
])
def test_broken_files_name_file_size_and_expectation(tmp_path, make,
                                                     fragment):
    good = save(tmp_path / 'good.pth', runner_checkpoint(1))
    with open(good, 'rb') as f:
        data = make(f.read())
    bad = tmp_path / 'bad.pth'
    bad.write_bytes(data)
    for purpose in ('weights', 'resume'):
        with pytest.raises(CheckpointError) as err:
            check_checkpoint(str(bad), purpose)
        text = str(err.value)
        assert str(bad) in text and fragment in text
        assert human_size(len(data)) in text and 'expected' in text
        assert '\n' not in text


def test_foreign_pickles(tmp_path):
    listed = save(tmp_path / 'list.pth', [1, 2, 3])
    with pytest.raises(CheckpointError, match='holds a list, not a dict'):
        check_checkpoint(listed, 'weights')
    plain = tmp_path / 'plain.pth'
    plain.write_bytes(pickle.dumps({'a': 1}))  # legacy-looking pickle
    with pytest.raises(CheckpointError,
                       match='is a plain pickle, not a PyTorch file'):
        check_checkpoint(str(plain), 'weights')
    with pytest.raises(MissingFileError):
        check_checkpoint(str(tmp_path / 'gone.pth'))


def test_loader_refuses_broken_files_with_one_line(tmp_path):
    """The project's checkpoint loader (used by the Runner, test.py and
    the APIs) names the file before torch.load sees it."""
    from mmengine.runner.checkpoint import CheckpointLoader

    import mmaction_har  # noqa: F401  (registers the loader)
    bad = tmp_path / 'cut.pth'
    data = open(save(tmp_path / 'g.pth', runner_checkpoint(1)), 'rb').read()
    bad.write_bytes(data[:100])
    with pytest.raises(CheckpointError, match='cut.pth .* is truncated'):
        CheckpointLoader.load_checkpoint(str(bad), map_location='cpu')


def test_resume_falls_back_to_newest_complete(tmp_path):
    work = tmp_path / 'work'
    work.mkdir()
    for epoch in (1, 2, 3):
        save(work / f'epoch_{epoch}.pth', runner_checkpoint(epoch))
    (work / 'last_checkpoint').write_text(str(work / 'epoch_3.pth'))
    assert find_resume_checkpoint(str(work)) == str(work / 'epoch_3.pth')
    data = (work / 'epoch_3.pth').read_bytes()
    (work / 'epoch_3.pth').write_bytes(data[:len(data) // 3])
    said = []
    assert find_resume_checkpoint(str(work), said.append) == str(
        work / 'epoch_2.pth')
    assert len(said) == 1 and 'epoch_3.pth' in said[0] and \
        'resuming from' in said[0] and 'epoch_2.pth' in said[0]
    # last_checkpoint empty (killed while writing it): the highest step
    (work / 'last_checkpoint').write_text('')
    assert find_resume_checkpoint(str(work), said.append) == str(
        work / 'epoch_2.pth')
    for epoch in (1, 2):
        (work / f'epoch_{epoch}.pth').write_bytes(b'')
    with pytest.raises(CheckpointError, match='no complete checkpoint'):
        find_resume_checkpoint(str(work), said.append)
    empty = tmp_path / 'fresh'
    empty.mkdir()
    assert find_resume_checkpoint(str(empty)) is None


def test_atomic_save_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    """A save that dies half-way leaves the previous checkpoint intact and
    no visible partial file."""
    import mmengine.runner.runner as runner_mod

    import mmaction_har  # noqa: F401  (installs the atomic saver)
    path = tmp_path / 'epoch_1.pth'
    runner_mod.save_checkpoint(runner_checkpoint(1), str(path))
    before = path.read_bytes()
    real_save = torch.save

    def dying_save(obj, f, *args, **kwargs):
        real_save(obj, f, *args, **kwargs)
        f.truncate(10)
        raise OSError('disk full')

    monkeypatch.setattr(torch, 'save', dying_save)
    with pytest.raises(OSError, match='disk full'):
        runner_mod.save_checkpoint(runner_checkpoint(2), str(path))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ['epoch_1.pth']
