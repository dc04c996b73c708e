"""Write extraction results: the MMAction2 pose pkl and the failed list.

Both are written atomically (temporary file, then rename), so an interrupted
run never leaves a half-written file.
"""
import os
import os.path as osp
import pickle

from ..utils.io import atomic_write


def write_pose_pkl(result, items, out, classes=None, named_splits=False):
    """Write the MMAction2 pose pkl atomically.

    Its content: ``annotations`` (one dict per extracted video:
    ``frame_dir``, ``label``, ``keypoint`` (1, T, 17, 2) float32 pixels,
    ``keypoint_score`` (1, T, 17) float32, ``img_shape``,
    ``original_shape``, ``total_frames``), ``split`` (split name ->
    ``frame_dir`` s; only with named lists) and ``classes`` (if given).
    """
    data = dict(annotations=result.annotations)
    if named_splits:
        failed = {item.frame_dir for item, _ in result.failed}
        data['split'] = {}
        for item in items:
            names = data['split'].setdefault(item.split, [])
            if item.frame_dir not in failed:
                names.append(item.frame_dir)
    if classes is not None:
        data['classes'] = list(classes)
    with atomic_write(out, 'wb') as f:
        pickle.dump(data, f, protocol=4)
    return out


def write_failed_list(result, out):
    """Write ``<out>.failed.txt`` (``path, list:line, reason`` per line,
    tab-separated); remove a stale one when nothing failed.

    Returns:
        str | None: The path written.
    """
    path = f'{out}.failed.txt'
    if not result.failed:
        if osp.exists(path):
            os.remove(path)
        return None
    with atomic_write(path) as f:
        for item, reason in result.failed:
            f.write(f'{item.path}\t{item.where}\t{" ".join(reason.split())}\n')
    return path
