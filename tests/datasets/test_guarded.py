"""GuardedDataset: load errors name the list line and file; skip policy."""
import json

import pytest
import torch

from mmaction_har.errors import SampleError

PIPELINE = [dict(type='DecordInit'),
            dict(type='SampleFrames', clip_len=2, frame_interval=1,
                 num_clips=1),
            dict(type='DecordDecode')]


@pytest.fixture
def video_list(tmp_path, har_write_video):
    folder = tmp_path / 'videos'
    for name in ('a', 'b', 'c'):
        har_write_video(folder / f'{name}.avi', 6)
    (folder / 'b.avi').write_text('not a video')
    ann = tmp_path / 'list.txt'
    ann.write_text('a.avi 0\nb.avi 1\nc.avi 2\n')
    return ann, folder


def guarded(ann, folder, **kwargs):
    from mmaction_har.datasets.guarded import GuardedDataset
    return GuardedDataset(dict(type='VideoDataset', ann_file=str(ann),
                               data_prefix=dict(video=str(folder)),
                               pipeline=PIPELINE), **kwargs)


def test_error_names_line_and_file(video_list, har_mmaction_scope):
    ann, folder = video_list
    dataset = guarded(ann, folder)
    assert len(dataset) == 3 and dataset.ann_file == str(ann)
    assert len(dataset[0]['imgs']) == 2
    with pytest.raises(SampleError) as err:
        dataset[1]
    assert str(err.value).startswith(
        f'{ann}:2: {folder / "b.avi"}: cannot load it (RuntimeError: ')


def test_error_from_a_worker_is_one_line(video_list, har_mmaction_scope):
    """torch re-raises the worker's error with its traceback as message;
    the tools still get the one line."""
    ann, folder = video_list
    loader = torch.utils.data.DataLoader(
        guarded(ann, folder), batch_size=1, num_workers=1,
        sampler=[1], collate_fn=lambda x: x)
    with pytest.raises(SampleError) as err:
        next(iter(loader))
    text = str(err.value)
    assert text.startswith(f'{ann}:2: {folder / "b.avi"}: cannot load it')
    assert 'Traceback' not in text and '\n' not in text


def test_skip_policy_replaces_and_records(video_list, tmp_path,
                                          har_mmaction_scope):
    ann, folder = video_list
    log = tmp_path / 'skipped.jsonl'
    dataset = guarded(ann, folder, skip_bad=True, skip_log=str(log))
    sample = dataset[1]  # replaced by the next loadable one
    assert sample['filename'] == str(folder / 'c.avi')
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e['where'] for e in entries] == [f'{ann}:2: {folder / "b.avi"}']
    assert 'RuntimeError' in entries[0]['error']
