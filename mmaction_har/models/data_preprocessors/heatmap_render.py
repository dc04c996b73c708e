"""PoseC3D pseudo heatmaps rendered in a batch with torch (GPU or CPU).

The same volume as MMAction2's ``GeneratePoseTarget`` followed by
``FormatShape('NCTHW_Heatmap')`` (within 1e-6; the rules are listed in
:mod:`mmaction_har.datasets.transforms.pose_heatmaps`), for a whole batch:

* keypoints: each Gaussian on a fixed ``K x K`` window (``K = ceil(6
  sigma) + 1`` holds upstream's window), pixels outside upstream's window
  set to 0, all of them combined with one ``scatter_reduce('amax')`` (the
  maximum over persons, keypoints and what is already there);
* limbs: each limb's map on the full H x W grid (a limb's window can be as
  large as the image), masked to its window, maximum over persons.
"""
import math

import torch

from ...datasets.transforms.pose_heatmaps import BOUND_DTYPE, EPS

_BOUND = torch.float64 if BOUND_DTYPE.itemsize == 8 else torch.float32


def _window(low, high, sigma, grid):
    """Mask of upstream's window ``[int(low - 3s), int(high + 3s) + 1)``.

    Args:
        low, high (Tensor): (...) float32 coordinates.
        sigma (float): Gaussian sigma.
        grid (Tensor): (S,) float32 pixel coordinates 0..S-1.

    Returns:
        Tensor: (..., S) bool.
    """
    lo = torch.trunc(low.to(_BOUND) - 3 * sigma).to(grid.dtype)
    hi = torch.trunc(high.to(_BOUND) + 3 * sigma).to(grid.dtype) + 1
    return (grid >= lo[..., None]) & (grid < hi[..., None])


def _points(mu, value, sigma, xs, ys):
    """Keypoint Gaussians on the full grid, zero outside their windows.

    Args:
        mu (Tensor): (..., 2) float32 centres.
        value (Tensor): (...) float32 peak values.
        sigma (float): Gaussian sigma.
        xs, ys (Tensor): (W,), (H,) float32 grids.

    Returns:
        Tensor: (..., H, W) float32.
    """
    mx, my = mu[..., 0], mu[..., 1]
    d2 = ((xs - mx[..., None])**2)[..., None, :] + \
        ((ys - my[..., None])**2)[..., :, None]
    patch = torch.exp(-d2 / 2 / sigma**2) * value[..., None, None]
    inside = _window(my, my, sigma, ys)[..., :, None] & \
        _window(mx, mx, sigma, xs)[..., None, :]
    keep = inside & (value >= EPS)[..., None, None]
    return torch.where(keep, patch, torch.zeros((), device=patch.device))


def _draw_points(out, mu, value, sigma):
    """Max keypoint Gaussians into channels ``0..V-1`` of ``out``, in place.

    Args:
        out (Tensor): (B, N, C, T, H, W) float32, contiguous.
        mu (Tensor): (B, M, N, V, T, 2) float32 centres, V <= C.
        value (Tensor): (B, M, N, V, T) float32 peak values.
        sigma (float): Gaussian sigma.
    """
    b, n, c, t, h, w = out.shape
    v = mu.shape[3]
    k = int(math.ceil(6 * sigma)) + 1
    steps = torch.arange(k, device=mu.device)
    mx, my = mu[..., 0], mu[..., 1]
    # Upstream's window starts, then K pixels from there: (..., K).
    px = torch.trunc(mx.to(_BOUND) - 3 * sigma).clamp(min=0).long()[
        ..., None] + steps
    py = torch.trunc(my.to(_BOUND) - 3 * sigma).clamp(min=0).long()[
        ..., None] + steps
    gx = (px.float() - mx[..., None])**2
    gy = (py.float() - my[..., None])**2
    patch = torch.exp(-(gx[..., None, :] + gy[..., :, None]) / 2 /
                      sigma**2) * value[..., None, None]
    inside = (_window(my, my, sigma, py.float())[..., :, None]
              & _window(mx, mx, sigma, px.float())[..., None, :]
              & (px < w)[..., None, :] & (py < h)[..., :, None]
              & (value >= EPS)[..., None, None])
    patch = torch.where(inside, patch, torch.zeros((), device=mu.device))
    # Map (b, n, v, t) of out, broadcast over persons: (B, 1, N, V, T).
    dev = mu.device
    maps = ((torch.arange(b, device=dev).view(b, 1, 1, 1, 1) * n +
             torch.arange(n, device=dev).view(1, 1, n, 1, 1)) * c +
            torch.arange(v, device=dev).view(1, 1, 1, v, 1)) * t + \
        torch.arange(t, device=dev).view(1, 1, 1, 1, t)
    pixel = (py.clamp(max=h - 1) * w)[..., :, None] + \
        px.clamp(max=w - 1)[..., None, :]
    index = maps[..., None, None] * (h * w) + pixel
    # Masked pixels add 0, which never wins a maximum of values >= 0.
    out.view(-1).scatter_reduce_(0, index.reshape(-1), patch.reshape(-1),
                                 'amax')


def _segments(start, end, v_start, v_end, sigma, xs, ys):
    """Limb maps on the full grid, zero outside their windows.

    Args:
        start, end (Tensor): (..., 2) float32 end points.
        v_start, v_end (Tensor): (...) float32 scores of the end points.
        sigma (float): Gaussian sigma.
        xs, ys (Tensor): (W,), (H,) float32 grids.

    Returns:
        Tensor: (..., H, W) float32.
    """
    sx, sy = start[..., 0, None, None], start[..., 1, None, None]
    ex, ey = end[..., 0, None, None], end[..., 1, None, None]
    px, py = xs[None, :], ys[:, None]
    d2_start = (px - sx)**2 + (py - sy)**2
    d2_end = (px - ex)**2 + (py - ey)**2
    # Upstream squares numpy scalars (float64 under numpy 1.x).
    delta = (start - end).to(_BOUND)
    length2 = delta[..., 0]**2 + delta[..., 1]**2
    ab = length2.to(torch.float32)[..., None, None]
    coeff = (d2_start - d2_end + ab) / 2. / ab
    line_x = px - (sx + coeff * (ex - sx))
    line_y = py - (sy + coeff * (ey - sy))
    d2 = torch.where(coeff <= 0, d2_start,
                     torch.where(coeff >= 1, d2_end, line_x**2 + line_y**2))
    value = torch.minimum(v_start, v_end)
    patch = torch.exp(-d2 / 2. / sigma**2) * value[..., None, None]
    # A limb shorter than a pixel draws its start keypoint (upstream).
    short = length2 < 1
    if bool(short.any()):
        patch = torch.where(short[..., None, None],
                            _points(start, v_start, sigma, xs, ys), patch)
    low, high = torch.minimum(start, end), torch.maximum(start, end)
    inside = _window(low[..., 1], high[..., 1], sigma, ys)[..., :, None] & \
        _window(low[..., 0], high[..., 0], sigma, xs)[..., None, :]
    keep = inside & (value >= EPS)[..., None, None]
    return torch.where(keep, patch, torch.zeros((), device=patch.device))


def render_batch(keypoint, score, shape, sigma=0.6, with_kp=True,
                 with_limb=False, skeletons=(), flip_indices=None):
    """Heatmap volumes of a batch, in the model's input layout.

    Args:
        keypoint (Tensor): (B, M, N, T, V, 2) float32 coordinates in heatmap
            pixels (scaled), N clips of T frames, M persons (padding persons
            have score 0).
        score (Tensor): (B, M, N, T, V) float32.
        shape (tuple[int, int]): (H, W).
        sigma (float): Gaussian sigma.
        with_kp, with_limb (bool): Draw keypoints / limbs.
        skeletons (Sequence[tuple[int, int]]): Limbs as keypoint pairs.
        flip_indices (Sequence[int], optional): ``double``: append the
            horizontally flipped volume with channel ``c`` taken from
            channel ``flip_indices[c]`` (upstream's ``indices``).

    Returns:
        Tensor: (B, N, C, T, H, W), or (B, 2N, C, T, H, W) with
        ``flip_indices`` (the flipped clips after the original ones, as
        upstream's ``double`` followed by ``FormatShape``).
    """
    b, m, n, t, v, _ = keypoint.shape
    h, w = shape
    device = keypoint.device
    xs = torch.arange(w, dtype=torch.float32, device=device)
    ys = torch.arange(h, dtype=torch.float32, device=device)
    # (B, M, N, V, T, ...): channels before frames, as the model reads them.
    keypoint = keypoint.transpose(3, 4)
    score = score.transpose(3, 4)
    num_c = v * with_kp + len(skeletons) * with_limb
    out = torch.zeros((b, n, num_c, t, h, w), device=device)
    if with_kp:
        _draw_points(out, keypoint, score, sigma)
    limbs = torch.as_tensor(skeletons, dtype=torch.long,
                            device=device).reshape(-1, 2)
    if with_limb and len(limbs):
        a, e = limbs[:, 0], limbs[:, 1]
        lc = len(limbs)
        for person in range(m):
            # Limb i goes to channel i, as upstream writes it.
            kp, sc = keypoint[:, person], score[:, person]
            maps = _segments(kp[:, :, a], kp[:, :, e], sc[:, :, a],
                             sc[:, :, e], sigma, xs, ys)
            out[:, :, :lc] = torch.maximum(out[:, :, :lc], maps)
    if flip_indices is not None:
        index = torch.as_tensor(flip_indices, dtype=torch.long, device=device)
        out = torch.cat([out, out.flip(-1).index_select(2, index)], dim=1)
    return out
