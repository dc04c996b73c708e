"""Recognise a video file, a list of frames or a pose sequence.

All three inputs go through the config's own test pipeline (see
:class:`~mmaction_har.apis.pipeline.TestPipeline`), so scores match what
``tools/test.py`` computes for the same clip.
"""
import os.path as osp
from dataclasses import dataclass

import numpy as np
import torch
from mmengine.dataset import pseudo_collate

from ..errors import HarError, MissingFileError


@dataclass
class Prediction:
    """Scores of one input and its top-k classes.

    Attributes:
        scores (ndarray): (num_classes, ) class scores from the head
            (probabilities when the head averages clips with ``'prob'``).
        topk (list[tuple[str, float]]): Best ``k`` (name, score), best first.
    """
    scores: np.ndarray
    topk: list

    @property
    def label(self):
        return self.topk[0][0]


def predict_batch(model, packed):
    """Scores of a batch of packed samples (outputs of the test pipeline).

    Args:
        model: A recognizer from :func:`load_recognizer`.
        packed (list[dict]): ``PackActionInputs`` outputs.

    Returns:
        ndarray: (N, num_classes) float32 scores, in input order.
    """
    if not packed:
        return np.zeros((0, len(model.class_names)), np.float32)
    with torch.no_grad():
        samples = model.test_step(pseudo_collate(list(packed)))
    return np.stack([s.pred_score.detach().cpu().float().numpy()
                     for s in samples])


def topk(scores, class_names, k=5):
    """The ``k`` best (name, score) pairs of a score vector, best first."""
    scores = np.asarray(scores)
    order = np.argsort(-scores, kind='stable')[:min(k, len(scores))]
    return [(class_names[i], float(scores[i])) for i in order]


def _video_sample(model, path):
    if not osp.isfile(path):
        raise MissingFileError('video', path)
    if model.pipeline.modality != 'RGB':
        raise HarError(f'the model reads {model.pipeline.modality} inputs; '
                       'pass a pose dict (or use the detector with a pose '
                       'extractor) instead of a video file')
    try:
        return model.pipeline.clip_from_file(path)
    except HarError:
        raise
    except Exception as err:  # decord raises its own error types
        raise HarError(f'cannot decode video {path}: {err}') from err


def prepare_input(model, inputs):
    """The packed test-pipeline output for a video path, frames or pose.

    Args:
        inputs (str | list[ndarray] | dict): A video file; a list of RGB
            frames (H, W, 3) uint8; or an MMAction2 pose dict with
            ``keypoint`` (M, T, V, 2), ``keypoint_score`` (M, T, V) and
            ``img_shape``.
    """
    pipeline = model.pipeline
    if isinstance(inputs, str):
        return _video_sample(model, inputs)
    if isinstance(inputs, dict):
        if pipeline.modality != 'Pose':
            raise HarError('a pose dict was given but the model reads RGB '
                           'frames')
        return pipeline.clip_from_pose(inputs)
    if isinstance(inputs, (list, tuple, np.ndarray)):
        if pipeline.modality != 'RGB':
            raise HarError('frames were given but the model reads poses; '
                           'extract poses first')
        if len(inputs) == 0:
            raise HarError('the list of frames is empty')
        return pipeline.clip_from_frames(list(inputs))
    raise HarError(f'cannot recognise a {type(inputs).__name__}: expected a '
                   'video path, a list of frames or a pose dict')


def recognize(model, inputs, k=5):
    """Recognise one input; see :func:`prepare_input` for what it may be.

    Returns:
        Prediction: Scores and top-``k`` (class name, score) pairs.
    """
    scores = predict_batch(model, [prepare_input(model, inputs)])[0]
    return Prediction(scores, topk(scores, model.class_names, k))
