"""Writing videos (browser-playable H.264 MP4 with the project's writer,
GIF with Pillow) and PNGs atomically.

No moviepy: upstream's ``vis_cam.py`` imports ``moviepy.editor``, which
moviepy 2 removed.
"""
import os.path as osp

import cv2
import numpy as np

from ..errors import HarError
from ..utils import video
from ..utils.io import atomic_write

VIDEO_EXTS = ('.mp4', '.gif')


def write_video(path, frames, fps=4.0):
    """Write RGB uint8 frames (T, H, W, 3) to ``.mp4`` (H.264, cropped to
    even sides so that browsers play it) or ``.gif``.

    The file appears only when complete.
    """
    ext = osp.splitext(path)[1].lower()
    if ext not in VIDEO_EXTS:
        raise HarError(f'output {path}: expected one of {VIDEO_EXTS}')
    frames = np.ascontiguousarray(frames, dtype=np.uint8)
    if ext == '.gif':
        from PIL import Image
        images = [Image.fromarray(f) for f in frames]
        with atomic_write(path, 'wb') as f:
            images[0].save(f, format='GIF', save_all=True,
                           append_images=images[1:], loop=0,
                           duration=int(round(1000 / fps)))
        return path
    return video.write_video(path, video.even_crop(frames), fps, 'h264')


def write_png(path, image):
    """Write an RGB uint8 image (H, W, 3) as PNG, atomically."""
    ok, buf = cv2.imencode('.png', cv2.cvtColor(
        np.ascontiguousarray(image, dtype=np.uint8), cv2.COLOR_RGB2BGR))
    if not ok:
        raise HarError(f'cannot encode {path} as PNG')
    with atomic_write(path, 'wb') as f:
        f.write(buf.tobytes())
    return path


def sheet_path(video_path):
    """The contact sheet written next to a video: ``NAME.png``."""
    return osp.splitext(video_path)[0] + '.png'
