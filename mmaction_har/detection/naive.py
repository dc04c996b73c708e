"""The naive way to score windows: each one decoded and scored on its own.

What sliding-window scripts usually do, and the reference the streaming
detector is checked and benchmarked against: for every window, open the
video with the config's own opener (``DecordInit``, which reads the file),
run the config's sampler on the window (``total_frames`` = window length,
``start_index`` = window start), decode the sampled frames by random access,
run the rest of the test pipeline on the clip, and call the model on that
one window.
"""
import numpy as np

from ..apis.inference import predict_batch
from ..errors import HarError


def naive_window_input(model, path, window):
    """The test pipeline's output for one window, computed from scratch."""
    if model.pipeline.modality != 'RGB':
        raise HarError('the naive path is implemented for RGB models')
    return model.pipeline.clip_from_file(path, window.start, window.length)


def naive_scores(model, path, windows, progress=False):
    """(num_windows, num_classes) scores, one window per model call."""
    from ..utils.progress import progress_bar
    rows = []
    for window in progress_bar(windows, disable=not progress, leave=False,
                               desc='naive'):
        rows.append(predict_batch(
            model, [naive_window_input(model, path, window)])[0])
    if not rows:
        return np.zeros((0, len(model.class_names)), np.float32)
    return np.stack(rows)
