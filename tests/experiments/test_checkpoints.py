"""Choosing the checkpoint to resume from after a kill, and orphan bests."""
import os
import os.path as osp

import torch

from mmaction_har.experiments import checkpoints as ckpts


def _save(path, mtime, truncate=False):
    torch.save({'state_dict': {'w': torch.zeros(64)}}, path)
    if truncate:  # what a kill in the middle of torch.save leaves
        with open(path, 'r+b') as f:
            f.truncate(os.path.getsize(path) // 2)
    os.utime(path, (mtime, mtime))
    return str(path)


def test_resume_from_recorded_last_checkpoint(tmp_path):
    _save(tmp_path / 'epoch_1.pth', 100)
    second = _save(tmp_path / 'epoch_2.pth', 200)
    (tmp_path / 'last_checkpoint').write_text(second)
    assert ckpts.resume_checkpoint(str(tmp_path)) == second
    assert ckpts.trained_steps(str(tmp_path)) == ('epoch', 2)


def test_truncated_checkpoint_falls_back_to_previous(tmp_path):
    first = _save(tmp_path / 'epoch_1.pth', 100)
    _save(tmp_path / 'epoch_10.pth', 150)
    broken = _save(tmp_path / 'epoch_11.pth', 200, truncate=True)
    (tmp_path / 'last_checkpoint').write_text(broken)
    assert ckpts.is_complete(first) and not ckpts.is_complete(broken)
    # Numeric order, not file-name order: epoch_10 is newer than epoch_1.
    assert ckpts.resume_checkpoint(str(tmp_path)) == str(tmp_path /
                                                         'epoch_10.pth')


def test_nothing_to_resume(tmp_path):
    assert ckpts.resume_checkpoint(str(tmp_path)) is None
    _save(tmp_path / 'epoch_1.pth', 100, truncate=True)
    assert ckpts.resume_checkpoint(str(tmp_path)) is None
    assert ckpts.trained_steps(str(tmp_path)) is None


def test_drop_orphan_best(tmp_path):
    resume = _save(tmp_path / 'epoch_2.pth', 200)
    known = _save(tmp_path / 'best_acc_top1_epoch_2.pth', 190)
    orphan = _save(tmp_path / 'best_acc_top1_epoch_3.pth', 250)
    partial = _save(tmp_path / 'best_acc_top1_epoch_1.pth', 50,
                    truncate=True)
    dropped = ckpts.drop_orphan_best(str(tmp_path), resume)
    assert sorted(dropped) == sorted([orphan, partial])
    assert osp.isfile(known) and not osp.exists(orphan)
