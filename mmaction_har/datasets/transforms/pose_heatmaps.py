"""PoseC3D pseudo heatmaps of keypoints and limbs, vectorised with numpy.

Computes exactly what MMAction2's ``GeneratePoseTarget`` computes (same
windows, same float32 arithmetic, same maximum over persons), but for all
frames, keypoints and persons at once instead of one small numpy call per
keypoint, limb and frame.

What upstream does, and therefore what this module reproduces:

* a keypoint ``(mu_x, mu_y)`` with score ``s >= 1e-4`` draws
  ``s * exp(-((x - mu_x)^2 + (y - mu_y)^2) / (2 sigma^2))`` on the window
  ``x in [max(int(mu_x - 3 sigma), 0), min(int(mu_x + 3 sigma) + 1, W))``
  (``int`` truncates toward zero) and the same in ``y``; pixels outside the
  window stay untouched, so the Gaussian is cut off asymmetrically;
* a limb ``(a, b)`` with ``min(s_a, s_b) >= 1e-4`` draws
  ``min(s_a, s_b) * exp(-d^2 / (2 sigma^2))``, ``d`` the distance to the
  segment, on the bounding box of ``a`` and ``b`` grown by ``3 sigma`` (the
  same truncation); a limb shorter than one pixel draws keypoint ``a``'s
  Gaussian with ``s_a`` instead;
* limb ``i`` goes to channel ``i`` even when keypoints are drawn too
  (upstream writes limbs into ``arr[i]``: with ``with_kp`` and
  ``with_limb`` both on, the limb maps share the first channels with the
  keypoints and the last ``len(skeletons)`` channels stay zero);
* every pixel is the maximum of all patches that cover it (persons,
  keypoints, limbs) and 0.

Only the pixels of the windows are computed: keypoint Gaussians on a fixed
``K x K`` square that holds every window (``K = ceil(6 sigma) + 1``),
limbs as a ragged list of (limb, pixel) pairs built with ``np.repeat``. The
patches are combined with ``np.maximum.at``, or a plain assignment when
nothing can overlap (one person, first drawing); pixels outside a window are
sent to one spare element past the end of the volume.

Differences from upstream, all below 1e-6: limb values are computed in
float32 (upstream promotes to float64 half-way and rounds on store).
Non-finite coordinates draw nothing (upstream raises on ``int(nan)``).
"""
import numpy as np

EPS = 1e-4  # upstream's threshold on scores
# Upstream computes window bounds on numpy scalars: ``float32 - float`` is
# float64 under numpy 1.x and float32 under numpy 2 (NEP 50).
BOUND_DTYPE = (np.float32(0) - 0.0).dtype


def _bounds(low, high, sigma, size):
    """Window ``[start, end)`` of upstream's ``int`` arithmetic, clipped.

    Args:
        low, high (ndarray): float32 finite lowest / highest coordinate of
            what is drawn (a keypoint: both the same).
        sigma (float): Gaussian sigma.
        size (int): Image width or height.

    Returns:
        tuple[ndarray, ndarray]: int64 ``start``, ``end`` (``end <= start``
        for an empty window).
    """
    lo = np.trunc(low.astype(BOUND_DTYPE) - 3 * sigma).astype(np.int64)
    hi = np.trunc(high.astype(BOUND_DTYPE) + 3 * sigma).astype(np.int64)
    return np.maximum(lo, 0), np.minimum(hi + 1, size)


def _ragged_pixels(x0, x1, y0, y1):
    """Every pixel of every window, as flat arrays.

    Args:
        x0, x1, y0, y1 (ndarray): (N,) windows ``[x0, x1) x [y0, y1)``
            (``x1 == x0`` for an empty one).

    Returns:
        tuple: ``owner`` (P,) index of the window of each pixel, ``x``,
        ``y`` (P,) int64 pixel coordinates.
    """
    width = x1 - x0
    counts = width * (y1 - y0)
    owner = np.repeat(np.arange(len(counts)), counts)
    first = np.cumsum(counts) - counts
    offset = np.arange(int(counts.sum())) - first[owner]
    w = width[owner]
    row = offset // w
    return owner, x0[owner] + offset - row * w, y0[owner] + row


def point_patches(mu, value, sigma, shape):
    """Keypoint Gaussians on ``K x K`` squares that hold their windows.

    Args:
        mu (ndarray): (N, 2) float32 finite centres (x, y).
        value (ndarray): (N,) float32 peak values (scores), all >= ``EPS``.
        sigma (float): Gaussian sigma.
        shape (tuple[int, int]): (H, W) of the heatmap.

    Returns:
        tuple: ``x``, ``y`` (N, K) int64 columns and rows of the squares,
        ``inside`` (N, K, K) bool (the pixel is in the window), ``patch``
        (N, K, K) float32 values.
    """
    h, w = shape
    k = int(np.ceil(6 * sigma)) + 1
    x0, x1 = _bounds(mu[:, 0], mu[:, 0], sigma, w)
    y0, y1 = _bounds(mu[:, 1], mu[:, 1], sigma, h)
    x = x0[:, None] + np.arange(k)  # (N, K)
    y = y0[:, None] + np.arange(k)
    dx2 = (x.astype(np.float32) - mu[:, :1])**2
    dy2 = (y.astype(np.float32) - mu[:, 1:])**2
    # Upstream's -(d2) / 2 / sigma**2; the first two steps are exact.
    patch = np.add(dx2[:, None, :], dy2[:, :, None])
    patch *= np.float32(-0.5)
    patch /= sigma**2
    np.exp(patch, out=patch)
    patch *= value[:, None, None]
    inside = (y < y1[:, None])[:, :, None] & (x < x1[:, None])[:, None, :]
    return x, y, inside, patch


def segment_length2(start, end):
    """Squared limb lengths, with upstream's scalar precision.

    Upstream squares numpy float32 scalars: float64 under numpy 1.x.
    """
    delta = (start - end).astype(BOUND_DTYPE)
    return delta[:, 0]**2 + delta[:, 1]**2


def segment_patches(start, end, value, sigma, shape):
    """Limb maps (distance to a segment) on their windows.

    Args:
        start, end (ndarray): (N, 2) float32 end points, at least one pixel
            apart (``|end - start|^2 >= 1``).
        value (ndarray): (N,) float32 values, all >= ``EPS``.
        sigma (float): Gaussian sigma.
        shape (tuple[int, int]): (H, W) of the heatmap.

    Returns:
        tuple: ``owner`` (P,) the limb of each pixel, ``x``, ``y`` (P,)
        int64 pixels, ``patch`` (P,) float32 values.
    """
    h, w = shape
    x0, x1 = _bounds(np.minimum(start[:, 0], end[:, 0]),
                     np.maximum(start[:, 0], end[:, 0]), sigma, w)
    y0, y1 = _bounds(np.minimum(start[:, 1], end[:, 1]),
                     np.maximum(start[:, 1], end[:, 1]), sigma, h)
    empty = (x1 <= x0) | (y1 <= y0)
    x1 = np.where(empty, x0, x1)
    owner, x, y = _ragged_pixels(x0, x1, y0, y1)
    # Per-limb terms, gathered once per pixel.
    delta = end - start
    ab = segment_length2(start, end).astype(np.float32)[owner]
    px, py = x.astype(np.float32), y.astype(np.float32)
    sx, sy = start[owner, 0], start[owner, 1]
    d2_start = (px - sx)**2 + (py - sy)**2
    d2_end = (px - end[owner, 0])**2 + (py - end[owner, 1])**2
    coeff = (d2_start - d2_end + ab) / 2. / ab
    line_x = px - (sx + coeff * delta[owner, 0])
    line_y = py - (sy + coeff * delta[owner, 1])
    d2 = np.where(coeff <= 0, d2_start,
                  np.where(coeff >= 1, d2_end, line_x**2 + line_y**2))
    patch = np.exp(-d2 / 2. / sigma**2) * value[owner]
    return owner, x, y, patch


class _Canvas:
    """The output volume (frames, channels, H, W), flat, plus one spare
    element that takes the pixels outside every window."""

    def __init__(self, shape, flip_channels=None):
        self.shape = shape
        self.size = int(np.prod(shape))
        self.flat = np.zeros(self.size + 1, np.float32)
        # double: frames [T, 2T) hold the mirror (x -> W - 1 - x) of
        # frames [0, T), channel c of the original at flip_channels[c].
        self.flip_channels = flip_channels
        self.fresh = True

    def draw(self, frame, channel, x, y, patch, overlap):
        """Maximum of the volume and patches given pixel by pixel.

        Args:
            frame, channel, x, y (ndarray): (P,) int64 of each pixel.
            patch (ndarray): (P,) values (>= 0).
            overlap (bool): Whether two of these pixels may coincide.
        """
        frames, channels, h, w = self.shape
        row = ((frame * channels + channel) * h + y) * w
        self._put(row + x, patch, overlap)
        if self.flip_channels is not None:
            row = (((frame + frames // 2) * channels +
                    self.flip_channels[channel]) * h + y) * w
            self._put(row + (w - 1 - x), patch, overlap)
        self.fresh = False

    def draw_squares(self, frame, channel, x, y, inside, patch, overlap):
        """Maximum of the volume and square patches (:func:`point_patches`).

        Args:
            frame, channel (ndarray): (N,) int64 of each square.
            x, y (ndarray): (N, K) int64 columns and rows.
            inside (ndarray): (N, K, K) bool, pixels to draw.
            patch (ndarray): (N, K, K) values (>= 0).
            overlap (bool): Whether two drawn pixels may coincide.
        """
        frames, channels, h, w = self.shape
        outside = ~inside
        row = ((frame * channels + channel) * h)[:, None] + y
        index = (row * w)[:, :, None] + x[:, None, :]
        index[outside] = self.size
        self._put(index, patch, overlap)
        if self.flip_channels is not None:
            row = (((frame + frames // 2) * channels +
                    self.flip_channels[channel]) * h)[:, None] + y
            index = (row * w)[:, :, None] + (w - 1 - x)[:, None, :]
            index[outside] = self.size
            self._put(index, patch, overlap)
        self.fresh = False

    def _put(self, index, values, overlap):
        if self.fresh and not overlap:  # all zeros: the maximum is values
            self.flat[index] = values
        else:
            np.maximum.at(self.flat, index.reshape(-1), values.reshape(-1))

    def volume(self):
        """The (frames, channels, H, W) view (a view of a buffer one element
        longer)."""
        return self.flat[:self.size].reshape(self.shape)


def render(keypoint, score, shape, sigma=0.6, with_kp=True, with_limb=False,
           skeletons=(), flip_channels=None):
    """Heatmaps of all frames, as ``GeneratePoseTarget.gen_an_aug``.

    Args:
        keypoint (ndarray): (M, T, V, 2) float32 coordinates in heatmap
            pixels (already scaled).
        score (ndarray): (M, T, V) float32 scores (ones for
            ``use_score=False``).
        shape (tuple[int, int]): (H, W) of the heatmaps.
        sigma (float): Gaussian sigma.
        with_kp, with_limb (bool): Draw keypoints / limbs.
        skeletons (Sequence[tuple[int, int]]): Limbs as keypoint pairs.
        flip_channels (ndarray, optional): For ``double``: (C,) permutation;
            frames ``T..2T-1`` get the horizontally mirrored heatmaps with
            channel ``c`` of the original at ``flip_channels[c]``.

    Returns:
        ndarray: (T, C, H, W) float32, or (2T, C, H, W) with
        ``flip_channels``; ``C = V * with_kp + len(skeletons) * with_limb``.
    """
    num_person, num_frame, num_kp = score.shape
    num_c = num_kp * with_kp + len(skeletons) * with_limb
    frames = num_frame * (1 if flip_channels is None else 2)
    canvas = _Canvas((frames, num_c) + tuple(shape), flip_channels)
    if with_kp:
        frame, kp = np.indices(score.shape[1:]).reshape(2, -1)
        frame, kp = np.tile(frame, num_person), np.tile(kp, num_person)
        keep = ~(score.reshape(-1) < EPS) & np.isfinite(
            keypoint.reshape(-1, 2)).all(1)
        squares = point_patches(keypoint.reshape(-1, 2)[keep],
                                score.reshape(-1)[keep], sigma, shape)
        canvas.draw_squares(frame[keep], kp[keep], *squares,
                            overlap=num_person > 1)
    if with_limb and len(skeletons):
        _draw_limbs(canvas, keypoint, score, sigma, shape, skeletons)
    return canvas.volume()


def _draw_limbs(canvas, keypoint, score, sigma, shape, skeletons):
    a, b = np.asarray(skeletons, np.int64).T
    # (M, T, L) per limb, flattened.
    start = keypoint[:, :, a].reshape(-1, 2)
    end = keypoint[:, :, b].reshape(-1, 2)
    s_a = score[:, :, a].reshape(-1)
    value = np.minimum(s_a, score[:, :, b].reshape(-1))
    frame, limb = np.indices((score.shape[1], len(a))).reshape(2, -1)
    frame = np.tile(frame, score.shape[0])
    limb = np.tile(limb, score.shape[0])
    short = segment_length2(start, end) < 1
    keep = ~(value < EPS) & np.isfinite(start).all(1) & np.isfinite(end).all(
        1)
    overlap = score.shape[0] > 1
    # The segments first: most pixels, drawn by assignment when they can.
    sel = keep & ~short
    if sel.any():
        owner, x, y, patch = segment_patches(start[sel], end[sel],
                                             value[sel], sigma, shape)
        canvas.draw(frame[sel][owner], limb[sel][owner], x, y, patch,
                    overlap)
    # A limb shorter than a pixel draws its start keypoint (upstream).
    sel = keep & short
    if sel.any():
        squares = point_patches(start[sel], s_a[sel], sigma, shape)
        canvas.draw_squares(frame[sel], limb[sel], *squares, overlap)


def flip_indices(num_c, left, right):
    """Upstream's ``indices`` of the flipped copy (``double``).

    The flipped copy's channel ``c`` is the mirrored channel
    ``indices[c]`` of the original.
    """
    indices = np.arange(num_c, dtype=np.int64)
    for lt, rt in zip(left, right):
        indices[lt] = rt
        indices[rt] = lt
    return indices


def flip_permutation(num_c, left, right):
    """Where each original channel lands in the flipped copy.

    Returns:
        ndarray | None: (C,) ``where`` with ``indices[where[c]] == c``, or
        None if :func:`flip_indices` is not a permutation (then the copy
        must be made the upstream way).
    """
    indices = flip_indices(num_c, left, right)
    if not np.array_equal(np.sort(indices), np.arange(num_c)):
        return None
    where = np.empty_like(indices)
    where[indices] = np.arange(num_c)
    return where
