"""ApplyPersonMask: registration, and the same training inputs as the
re-encoded stripped videos.

Why the comparison is exact: the tool and the transform expand the same
stored masks with the same function and fill with the same function (noise
seeded by video and frame index). Re-encoding with the lossless FFV1 codec
therefore reproduces the transform's frames bit for bit; with the default
lossy H.264 codec they agree up to codec error (checked as PSNR).
"""
import os.path as osp

import numpy as np
import pytest
from mmcv.transforms import Compose
from mmengine.registry import init_default_scope

from mmaction.registry import TRANSFORMS
from mmaction_har.background import StripOptions, strip_list
from mmaction_har.background.video import open_video, read_frames
from mmaction_har.datasets.transforms import apply_mask
from mmaction_har.errors import HarError, MissingFileError


def _pipeline(mask_root, video_root, fill, extra=()):
    init_default_scope('mmaction')
    return Compose([
        dict(type='DecordInit'),
        dict(type='SampleFrames', clip_len=4, frame_interval=3, num_clips=1,
             test_mode=True),
        dict(type='DecordDecode'), *extra,
        dict(type='ApplyPersonMask', mask_root=mask_root,
             video_root=video_root, fill=fill, seed=7)])


@pytest.fixture(scope='module')
def stripped(tiny_corpus, tmp_path_factory):
    """Two tiny-corpus videos stripped losslessly with each fill."""
    root = tmp_path_factory.mktemp('stripped')
    names = [ln.split()[0] for ln in
             (tiny_corpus / 'val_list.txt').read_text().splitlines()[:2]]
    in_list = root / 'list.txt'
    in_list.write_text(''.join(f'{n} 3\n' for n in names))
    outs = {}
    for fill, codec in (('black', 'ffv1'), ('noise', 'ffv1'),
                        ('blur', 'ffv1'), ('noise', 'h264')):
        out = root / f'{fill}_{codec}'
        summary = strip_list(str(in_list), str(tiny_corpus / 'videos'),
                             str(out), str(out / 'list.txt'),
                             StripOptions(method='pose', fill=fill,
                                          codec=codec, seed=7),
                             pose_pkl=str(tiny_corpus / 'pose.pkl'),
                             progress=False)
        assert not summary.failed
        outs[fill, codec] = out
    return names, outs


def test_registered():
    assert TRANSFORMS.get('ApplyPersonMask') is apply_mask.ApplyPersonMask
    t = TRANSFORMS.build(dict(type='ApplyPersonMask', mask_root='m',
                              fill='1,2,3'))
    assert "fill='1,2,3'" in repr(t)


@pytest.mark.parametrize('fill', ['black', 'noise', 'blur'])
def test_transform_equals_lossless_reencode(tiny_corpus, stripped, fill):
    names, outs = stripped
    out = outs[fill, 'ffv1']
    pipe = _pipeline(str(out), str(tiny_corpus / 'videos'), fill)
    for name in names:
        results = pipe(dict(filename=str(tiny_corpus / 'videos' / name),
                            label=3, start_index=0, modality='RGB'))
        inds = results['frame_inds']
        reader, _ = open_video(str(out / name.replace('.mp4', '.mkv')))
        reencoded = read_frames(reader, inds)
        assert np.array_equal(np.stack(results['imgs']), reencoded)
        # ...and the background really was replaced.
        original = read_frames(open_video(str(tiny_corpus / 'videos' /
                                              name))[0], inds)
        assert not np.array_equal(reencoded, original)


def test_transform_matches_h264_up_to_codec_error(tiny_corpus, stripped):
    names, outs = stripped
    out = outs['noise', 'h264']
    pipe = _pipeline(str(out), str(tiny_corpus / 'videos'), 'noise')
    results = pipe(dict(filename=str(tiny_corpus / 'videos' / names[0]),
                        label=3, start_index=0, modality='RGB'))
    reader, _ = open_video(str(out / names[0]))
    reencoded = read_frames(reader, results['frame_inds']).astype(float)
    mse = ((np.stack(results['imgs']) - reencoded) ** 2).mean()
    # Noise is the worst case for a lossy codec; black/blur fills are
    # far closer. The same frames with an unrelated noise seed are ~8 dB.
    assert 10 * np.log10(255 ** 2 / mse) > 11


def test_transform_errors(tiny_corpus, stripped, tmp_path):
    names, outs = stripped
    results = dict(filename=str(tiny_corpus / 'videos' / names[0]), label=3,
                   start_index=0, modality='RGB')
    resized = _pipeline(str(outs['black', 'ffv1']),
                        str(tiny_corpus / 'videos'), 'black',
                        extra=[dict(type='Resize', scale=(32, 32),
                                    keep_ratio=False)])
    with pytest.raises(HarError, match='right after DecordDecode'):
        resized(dict(results))
    missing = _pipeline(str(tmp_path), str(tiny_corpus / 'videos'), 'black')
    with pytest.raises(MissingFileError, match='mask file not found'):
        missing(dict(results))
    t = apply_mask.ApplyPersonMask(mask_root='m', video_root='/v')
    assert t.mask_path('/v/a/b.avi') == osp.join('m', 'a', 'b.npz')


def test_in_a_video_dataset(tiny_corpus, stripped, tmp_path):
    """Through MMAction2's VideoDataset (its ``filename`` and data_prefix)
    up to the packed model input."""
    from mmaction.datasets import VideoDataset
    names, outs = stripped
    init_default_scope('mmaction')
    ann = tmp_path / 'two.txt'
    ann.write_text(''.join(f'{n} 3\n' for n in names))
    video_root = str(tiny_corpus / 'videos')
    dataset = VideoDataset(
        str(ann), data_prefix=dict(video=video_root), test_mode=True,
        pipeline=[
            dict(type='DecordInit'),
            dict(type='SampleFrames', clip_len=4, frame_interval=2,
                 num_clips=1, test_mode=True),
            dict(type='DecordDecode'),
            dict(type='ApplyPersonMask', mask_root=str(outs['black', 'ffv1']),
                 video_root=video_root),
            dict(type='Resize', scale=(32, 32), keep_ratio=False),
            dict(type='FormatShape', input_format='NCTHW'),
            dict(type='PackActionInputs')])
    inputs = dataset[0]['inputs']
    assert tuple(inputs.shape) == (1, 3, 4, 32, 32)
    # Black fill: a large share of the (resized) pixels is exactly 0.
    assert (inputs == 0).all(0).all(0).float().mean() > 0.3
