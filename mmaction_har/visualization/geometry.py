"""Where a model-input pixel lies in the original frame.

MMAction2's cropping transforms (``RandomCrop``, ``CenterCrop``,
``RandomResizedCrop``, ``MultiScaleCrop``, ``PoseCompact``) record the crop
as ``crop_quadruple`` = (x, y, w, h) relative to the original frame; resizes
keep it, ``Flip`` sets ``flip``. Together with the original and final image
shapes this is an axis-aligned affine map original -> input, used to place
keypoints and person masks on the model input and CAMs on the original
frames.
"""
from dataclasses import dataclass

import cv2
import numpy as np


@dataclass
class Geometry:
    """Affine map from original-frame to model-input pixel coordinates.

    Attributes:
        original_shape: (h0, w0) of the original frames.
        input_shape: (h1, w1) of the model input.
        quadruple: crop (x, y, w, h) relative to the original frame.
        flip: Whether the input is horizontally flipped.
    """
    original_shape: tuple
    input_shape: tuple
    quadruple: tuple = (0., 0., 1., 1.)
    flip: bool = False

    @classmethod
    def from_results(cls, results, original_shape):
        quad = results.get('crop_quadruple', (0., 0., 1., 1.))
        return cls(original_shape=tuple(int(v) for v in original_shape),
                   input_shape=tuple(int(v) for v in results['img_shape']),
                   quadruple=tuple(float(v) for v in quad),
                   flip=bool(results.get('flip', False)))

    def matrix(self):
        """2x3 affine matrix: original (x, y, 1) -> input (x, y)."""
        h0, w0 = self.original_shape
        h1, w1 = self.input_shape
        qx, qy, qw, qh = self.quadruple
        sx, sy = w1 / (qw * w0), h1 / (qh * h0)
        tx, ty = -qx * w0 * sx, -qy * h0 * sy
        if self.flip:
            sx, tx = -sx, w1 - tx
        return np.array([[sx, 0., tx], [0., sy, ty]], dtype=np.float64)

    def to_input(self, xy):
        """Map original (..., 2) points to input coordinates."""
        m = self.matrix()
        xy = np.asarray(xy, dtype=np.float64)
        out = np.empty_like(xy)
        out[..., 0] = m[0, 0] * xy[..., 0] + m[0, 2]
        out[..., 1] = m[1, 1] * xy[..., 1] + m[1, 2]
        return out

    def warp_to_original(self, image, size=None):
        """Resample an input-space (H1, W1[, C]) array onto the original frame.

        Args:
            image (np.ndarray): Array in input coordinates.
            size (tuple | None): Output (h, w); None: the original shape.
                Other sizes scale the original frame uniformly per axis.

        Returns:
            np.ndarray: The array in original-frame coordinates; zero
            outside the input's field of view.
        """
        h0, w0 = self.original_shape
        h, w = size or (h0, w0)
        m = self.matrix()
        m = m @ np.diag([w0 / w, h0 / h, 1.0])  # output pixel -> original
        return cv2.warpAffine(np.ascontiguousarray(image, dtype=np.float32),
                              m, (w, h), flags=cv2.INTER_LINEAR |
                              cv2.WARP_INVERSE_MAP,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=0)

    def warp_to_input(self, image, interpolation=cv2.INTER_NEAREST):
        """Resample an original-frame (H0, W0[, C]) array onto the input."""
        h1, w1 = self.input_shape
        return cv2.warpAffine(np.ascontiguousarray(image), self.matrix(),
                              (w1, h1), flags=interpolation,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=0)
