"""Atomic file writing and video round-trip checks for the demo corpus."""
import os
import pickle

_TMP_PREFIX = '.tmp-'


def temp_path(path):
    """A temporary name next to ``path`` keeping its extension.

    The video writer picks the container from the extension, so the
    temporary name ends like ``path``; the leading dot hides it from
    ``*.mp4`` globs.
    """
    folder, base = os.path.split(path)
    return os.path.join(folder, f'{_TMP_PREFIX}{os.getpid()}-{base}')


def remove_stale_temps(folder):
    """Delete temporary files left in ``folder`` by an interrupted run."""
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        if name.startswith(_TMP_PREFIX):
            os.remove(os.path.join(folder, name))


def _atomic(path, write):
    tmp = temp_path(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def write_text(path, text):
    """Write a text file atomically."""
    def write(tmp):
        with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
    _atomic(path, write)


def write_pickle(path, obj):
    """Pickle ``obj`` atomically (protocol 4: same bytes for same input)."""
    def write(tmp):
        with open(tmp, 'wb') as f:
            pickle.dump(obj, f, protocol=4)
    _atomic(path, write)


def check_video(path, num_frames, height, width=None):
    """Raise RuntimeError unless decord reads T frames of (H, W, 3).

    Args:
        path (str): Video file.
        num_frames (int): Expected frame count T.
        height (int): Expected frame height H.
        width (int | None): Expected frame width W; None: same as H.
    """
    import decord
    expected = (height, height if width is None else width, 3)
    reader = decord.VideoReader(path)
    count = len(reader)
    shape = tuple(reader[0].shape) if count else None
    del reader
    if count != num_frames or shape != expected:
        raise RuntimeError(
            f'{path}: decord reads {count} frames of shape {shape}, '
            f'expected {num_frames} frames of shape {expected}')


def write_video(path, frames, fps, verify=True, codec='h264'):
    """Encode RGB frames atomically (:mod:`mmaction_har.utils.video`, the
    container following the extension, e.g. ``.MTS``: MPEG-TS).

    Args:
        path (str): Output path; replaced only once complete (and, with
            ``verify``, read back).
        frames (np.ndarray): RGB uint8 frames, (T, H, W, 3).
        fps (float): Frame rate.
        verify (bool): Read the file back with decord before replacing.
        codec (str): ``h264`` (default) or another codec of
            :data:`~mmaction_har.utils.video.CODECS`.
    """
    from ..utils.video import VideoWriter
    num, height, width = frames.shape[:3]

    def write(tmp):
        with VideoWriter(tmp, fps, codec) as writer:
            writer.write(frames)
        if verify:
            check_video(tmp, num, height, width)
    _atomic(path, write)
