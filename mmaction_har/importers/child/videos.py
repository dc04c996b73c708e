"""RGB video lists of the child action dataset, split like the poses.

The skeleton clips name the videos: clip ``{child}/{action}/{clip}`` is the
video ``{child}/{action}/{clip}.{mp4,avi,mkv,mov,webm}`` under the video
root (matched case-insensitively). For every split of the pose pickle this
writes ``child_{N}cls_{split}_videos.txt`` (``relative/path label``, the
pickle's labels), so the RGB and skeleton models see the same children in
the same splits.
"""
import os.path as osp

from ...errors import MissingFileError
from ..outputs import write_lines
from ..validate import validate_list
from ..video_lists import index_files

VIDEO_EXTS = ('.mp4', '.avi', '.mkv', '.mov', '.webm')


def match_videos(clip_ids, video_root):
    """``clip id -> path relative to video_root`` and the clips without one.

    Raises:
        MissingFileError: ``video_root`` is not a folder.
    """
    if not osp.isdir(video_root):
        raise MissingFileError('child video folder', video_root)
    index = index_files(video_root)
    found, missing = {}, []
    for clip in clip_ids:
        for ext in VIDEO_EXTS:
            rel = index.get(f'{clip}{ext}'.lower())
            if rel:
                found[clip] = rel
                break
        else:
            missing.append(clip)
    return found, missing


def write_video_lists(stage, out, video_root, media='exists'):
    """Write the split lists into ``stage``; fill ``out``'s bookkeeping.

    Returns:
        list[str]: The list file names written.
    """
    label = {a['frame_dir']: a['label'] for a in out['annotations']}
    found, missing = match_videos(sorted(label), video_root)
    if missing:
        out['notes']['clips without a video (left out of the video lists)'] \
            = missing
    names = []
    for split, clips in out['split'].items():
        name = f'child_{len(out["classes"])}cls_{split}_videos.txt'
        write_lines(osp.join(stage, name), [
            f'{found[c]} {label[c]}' for c in clips if c in found])
        out['problems'] += validate_list(
            osp.join(stage, name), 'video', video_root, out['classes'],
            media=media).problems
        names.append(name)
    return names
