"""Drawing: CAM overlays, keypoint heatmaps, skeletons and captions.

All images are RGB uint8 (H, W, 3); videos are (T, H, W, 3).
"""
import cv2
import numpy as np

from ..pose.keypoints import BY_SIZE, LAYOUTS

#: Limbs as joint-name pairs; a layout draws those whose joints it has
#: (unless it has its own list in :data:`LAYOUT_LIMBS`).
LIMB_NAMES = (
    ('left_ankle', 'left_knee'), ('left_knee', 'left_hip'),
    ('right_ankle', 'right_knee'), ('right_knee', 'right_hip'),
    ('left_hip', 'right_hip'), ('left_shoulder', 'left_hip'),
    ('right_shoulder', 'right_hip'), ('left_shoulder', 'right_shoulder'),
    ('left_shoulder', 'left_elbow'), ('left_elbow', 'left_wrist'),
    ('right_shoulder', 'right_elbow'), ('right_elbow', 'right_wrist'),
    ('nose', 'left_eye'), ('nose', 'right_eye'), ('left_eye', 'left_ear'),
    ('right_eye', 'right_ear'), ('neck', 'nose'), ('neck', 'mid_hip'),
    ('left_ankle', 'left_heel'), ('right_ankle', 'right_heel'),
    ('left_ankle', 'left_big_toe'), ('right_ankle', 'right_big_toe'))
#: Layouts whose bones are their own: NTU's Kinect skeleton (the bones of
#: MMAction2's ``nturgb+d`` graph).
LAYOUT_LIMBS = {'nturgb+d': (
    ('spine_base', 'spine_mid'), ('spine_mid', 'spine_shoulder'),
    ('neck', 'spine_shoulder'), ('head', 'neck'),
    ('left_shoulder', 'spine_shoulder'), ('left_elbow', 'left_shoulder'),
    ('left_wrist', 'left_elbow'), ('left_hand', 'left_wrist'),
    ('right_shoulder', 'spine_shoulder'), ('right_elbow', 'right_shoulder'),
    ('right_wrist', 'right_elbow'), ('right_hand', 'right_wrist'),
    ('left_hip', 'spine_base'), ('left_knee', 'left_hip'),
    ('left_ankle', 'left_knee'), ('left_foot', 'left_ankle'),
    ('right_hip', 'spine_base'), ('right_knee', 'right_hip'),
    ('right_ankle', 'right_knee'), ('right_foot', 'right_ankle'),
    ('left_hand_tip', 'left_thumb'), ('left_thumb', 'left_hand'),
    ('right_hand_tip', 'right_thumb'), ('right_thumb', 'right_hand'))}
_LEFT, _RIGHT, _MID = (255, 140, 40), (40, 170, 255), (230, 230, 230)


def layout_joints(layout):
    """Joint names of a layout (its name) or of a keypoint count, or None.

    A count picks the layout of that size in
    :data:`~mmaction_har.pose.keypoints.BY_SIZE` (25: BODY_25); NTU's 25
    Kinect joints are only drawn as such when their layout is named.
    """
    if isinstance(layout, str):
        return LAYOUTS.get(layout)
    return LAYOUTS.get(BY_SIZE.get(layout))


def limbs(layout):
    """Index pairs to draw for a layout name or a keypoint count.

    Unknown layouts get no limbs (points only).
    """
    names = layout_joints(layout)
    if names is None:
        return []
    index = {n: i for i, n in enumerate(names)}
    pairs = LAYOUT_LIMBS.get(layout, LIMB_NAMES)
    return [(index[a], index[b]) for a, b in pairs
            if a in index and b in index]


def limb_colour(layout, i, j):
    names = layout_joints(layout) or ()
    pair = ''.join(names[k] for k in (i, j)) if names else ''
    if 'left' in pair and 'right' not in pair:
        return _LEFT
    if 'right' in pair and 'left' not in pair:
        return _RIGHT
    return _MID


def colorize(cam01):
    """Jet colours of a [0, 1] map (..., H, W) -> (..., H, W, 3) RGB."""
    cam = np.clip(np.asarray(cam01, dtype=np.float32), 0, 1)
    flat = (cam.reshape(-1, cam.shape[-1]) * 255).astype(np.uint8)
    rgb = cv2.applyColorMap(flat, cv2.COLORMAP_JET)[..., ::-1]
    return rgb.reshape(cam.shape + (3, ))


def normalize(cam, eps=1e-12):
    """Scale a map to [0, 1] by its max over the whole clip (0 stays 0)."""
    cam = np.asarray(cam, dtype=np.float32)
    top = float(cam.max()) if cam.size else 0.0
    return cam / top if top > eps else np.zeros_like(cam)


def resize(img, size, interpolation=cv2.INTER_LINEAR):
    """Resize (H, W[, C]) to ``size`` = (h, w)."""
    h, w = size
    if img.shape[:2] == (h, w):
        return img
    return cv2.resize(img, (w, h), interpolation=interpolation)


def display_size(shape, short_side):
    """(h, w) with the short side ``short_side``, aspect kept."""
    h, w = shape[:2]
    scale = short_side / min(h, w)
    return int(round(h * scale)), int(round(w * scale))


def overlay(frames, cam01, alpha=0.5, mask=None):
    """Blend jet-coloured CAMs over frames of the same size.

    Args:
        frames (np.ndarray): (T, H, W, 3) uint8.
        cam01 (np.ndarray): (T, H, W) in [0, 1].
        alpha (float): Weight of the heatmap.
        mask (np.ndarray | None): (T, H, W) bool, where to blend; elsewhere
            the frame is kept (outside a crop's field of view).
    """
    heat = colorize(cam01).astype(np.float32)
    out = frames.astype(np.float32)
    weight = np.full(cam01.shape + (1, ), alpha, dtype=np.float32)
    if mask is not None:
        weight = weight * mask[..., None]
    return np.clip(out * (1 - weight) + heat * weight, 0,
                   255).astype(np.uint8)


def heatmap_image(heatmaps):
    """Grey image of keypoint heatmaps (K, H, W): max over keypoints."""
    hm = np.clip(np.asarray(heatmaps).max(0), 0, 1)
    grey = (hm * 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=-1)


def draw_skeleton(img, keypoint, score=None, scale=(1.0, 1.0), thick=2,
                  threshold=0.05, layout=None):
    """Draw persons' keypoints and limbs on ``img`` (in place).

    Args:
        img (np.ndarray): (H, W, 3) uint8 RGB.
        keypoint (np.ndarray): (M, V, 2) pixel coordinates (x, y).
        score (np.ndarray | None): (M, V) confidences; below ``threshold``
            a joint is not drawn.
        scale (tuple): (sx, sy) from keypoint to image coordinates.
        layout (str | None): Keypoint layout name (see
            :data:`~mmaction_har.pose.keypoints.LAYOUTS`); None: by V.
    """
    kp = np.asarray(keypoint, dtype=np.float32) * np.asarray(scale,
                                                             np.float32)
    num_v = kp.shape[1]
    ok = np.ones(kp.shape[:2], bool) if score is None else \
        np.asarray(score) > threshold
    layout = num_v if layout is None else layout
    if len(layout_joints(layout) or ()) not in (0, num_v):
        layout = None  # declared for another joint count: points only
    pairs = limbs(layout)
    for m in range(kp.shape[0]):
        for i, j in pairs:
            if ok[m, i] and ok[m, j]:
                cv2.line(img, tuple(int(v) for v in np.round(kp[m, i])),
                         tuple(int(v) for v in np.round(kp[m, j])),
                         limb_colour(layout, i, j), thick, cv2.LINE_AA)
        for v in range(num_v):
            if ok[m, v]:
                cv2.circle(img, tuple(int(c) for c in np.round(kp[m, v])),
                           max(1, thick), (255, 255, 255), -1, cv2.LINE_AA)
    return img


def caption(img, lines, scale=None):
    """``img`` with a black bar of text lines on top (a new array)."""
    h, w = img.shape[:2]
    scale = scale or max(0.35, min(0.6, w / 560))
    line_h = int(round(26 * scale / 0.6))
    bar = np.zeros((line_h * len(lines) + 6, w, 3), np.uint8)
    for i, text in enumerate(lines):
        cv2.putText(bar, _fit(text, w, scale), (4, line_h * (i + 1) - 4),
                    cv2.FONT_HERSHEY_SIMPLEX, scale, (255, 255, 255), 1,
                    cv2.LINE_AA)
    return np.concatenate([bar, img], axis=0)


def _fit(text, width, scale):
    """Shorten ``text`` to fit ``width`` pixels."""
    while len(text) > 4:
        (tw, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, 1)
        if tw <= width - 8:
            break
        text = text[:-2] + '~'
    return text


def resample_time(frames, length):
    """Nearest-frame resampling of (T, ...) to ``length`` frames."""
    idx = np.floor(np.arange(length) * len(frames) / length).astype(int)
    return frames[np.clip(idx, 0, len(frames) - 1)]


def hstack_videos(videos, gap=4):
    """Side by side (T_i, H_i, W_i, 3) videos: same T (the longest) and H."""
    length = max(len(v) for v in videos)
    height = max(v.shape[1] for v in videos)
    parts = []
    for i, v in enumerate(videos):
        v = resample_time(v, length)
        if v.shape[1] < height:
            pad = np.zeros((length, height - v.shape[1]) + v.shape[2:],
                           np.uint8)
            v = np.concatenate([v, pad], axis=1)
        parts.append(v)
        if i < len(videos) - 1:
            parts.append(np.full((length, height, gap, 3), 255, np.uint8))
    return np.concatenate(parts, axis=2)


def contact_sheet(video, num=8, max_width=1800, labels=None, gap=6):
    """A grid image of ``num`` evenly spaced frames of ``video``.

    Args:
        video (np.ndarray): (T, H, W, 3) uint8.
        max_width (int): Columns are chosen to stay within this width.
        gap (int): White pixels between tiles.
        labels (list[str] | None): Text per chosen frame (default its index).
    """
    t = len(video)
    num = min(num, t)
    idx = np.linspace(0, t - 1, num).round().astype(int)
    h, w = video.shape[1:3]
    cols = max(1, min(num, (max_width + gap) // (w + gap)))
    rows = -(-num // cols)
    sheet = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap, 3), 255,
                    np.uint8)
    for k, i in enumerate(idx):
        tile = video[i].copy()
        text = labels[k] if labels else f't={i}'
        cv2.putText(tile, text, (4, h - 6), cv2.FONT_HERSHEY_SIMPLEX, 0.4,
                    (255, 255, 255), 1, cv2.LINE_AA)
        r, c = divmod(k, cols)
        y, x = r * (h + gap), c * (w + gap)
        sheet[y:y + h, x:x + w] = tile
    return sheet
