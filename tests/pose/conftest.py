"""Fixtures of the pose extraction tests: real NTU clips and short cuts.

Extraction on the two 1080p NTU clips runs once per session, decoding at
960x540 (``max_side=960``) to keep the tests fast.
"""
import glob
import os.path as osp

import numpy as np
import pytest

NTU_MAX_SIDE = 960


@pytest.fixture(scope='session')
def ntu_clips(shared_data):
    clips = sorted(glob.glob(osp.join(shared_data, 'videos', 'ntu_*.avi')))
    if len(clips) < 2:
        pytest.skip('the NTU clips of ../shared/data/videos are absent')
    return clips


@pytest.fixture(scope='session')
def ntu_poses(ntu_clips):
    """``{clip path: (pose, stats)}`` from the default mediapipe backend."""
    from mmaction_har.pose import build_backend, extract_video
    backend = build_backend('mediapipe')
    try:
        return {clip: extract_video(clip, backend, max_side=NTU_MAX_SIDE)
                for clip in ntu_clips}
    finally:
        backend.close()


def write_clip(path, frames):
    """Write RGB frames as an MJPG ``.avi`` (lossy but fast to decode)."""
    import cv2
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*'MJPG'), 30,
                             (w, h))
    for frame in frames:
        writer.write(np.ascontiguousarray(frame[..., ::-1]))
    writer.release()
    return str(path)


@pytest.fixture(scope='session')
def short_clips(ntu_clips, tmp_path_factory):
    """Three 6-frame 480x270 cuts of the NTU drink-water clip (a real
    person), at different offsets, in a folder with ``a.avi b.avi c.avi``."""
    import decord
    folder = tmp_path_factory.mktemp('short_clips')
    reader = decord.VideoReader(ntu_clips[0], width=480, height=270)
    for name, start in (('a', 0), ('b', 40), ('c', 80)):
        frames = reader.get_batch(list(range(start, start + 6))).asnumpy()
        write_clip(folder / f'{name}.avi', frames)
    return folder
