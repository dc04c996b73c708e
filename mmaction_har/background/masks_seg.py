"""Person segmentation with the models bundled in the mediapipe wheel.

Offline and CPU-only: mediapipe 0.10.21 ships ``selfie_segmentation*.tflite``
and the full BlazePose landmark model, whose segmentation output is the
pose landmarker's person mask. Models (``--seg-model``):

* ``selfie``: selfie segmentation, landscape variant (144 x 256 input);
* ``selfie-general``: selfie segmentation, general variant (256 x 256);
* ``pose``: BlazePose (full) segmentation, tracked through the video; one
  person only (the tracked one).

See ``docs/background.md`` for their measured IoU and speed.
"""
import numpy as np

from ..errors import HarError

SEG_MODELS = ('selfie', 'selfie-general', 'pose')


def _mediapipe():
    try:
        import mediapipe as mp
    except ImportError as err:
        raise HarError('the seg method needs mediapipe (pip install '
                       '"mediapipe==0.10.21")') from err
    return mp


class SegmentationMasker:
    """Person scores of RGB frames from a mediapipe model.

    Args:
        model (str): One of :data:`SEG_MODELS`.

    Call :meth:`start_video` before the frames of each video (the pose model
    tracks the person from frame to frame), then :meth:`scores` on batches
    in frame order.
    """

    def __init__(self, model='selfie'):
        if model not in SEG_MODELS:
            raise HarError(f'seg model must be one of {SEG_MODELS}, '
                           f'got {model!r}')
        self.model = model
        self._graph = None

    def _new_graph(self):
        mp = _mediapipe()
        if self.model == 'pose':
            return mp.solutions.pose.Pose(
                static_image_mode=False, model_complexity=1,
                enable_segmentation=True, smooth_segmentation=True)
        return mp.solutions.selfie_segmentation.SelfieSegmentation(
            model_selection=0 if self.model == 'selfie-general' else 1)

    def start_video(self):
        """Forget the previous video (new tracking state for ``pose``)."""
        if self._graph is not None and self.model == 'pose':
            self.close()
        if self._graph is None:
            self._graph = self._new_graph()

    def scores(self, frames):
        """Person probability (N, h, w) float32 of RGB uint8 (N, h, w, 3)."""
        if self._graph is None:
            self.start_video()
        out = np.zeros(np.shape(frames)[:3], np.float32)
        for i, frame in enumerate(frames):
            mask = self._graph.process(np.ascontiguousarray(frame)) \
                .segmentation_mask
            if mask is not None:  # pose: None when nobody is found
                out[i] = mask
        return out

    def close(self):
        if self._graph is not None:
            self._graph.close()
            self._graph = None
